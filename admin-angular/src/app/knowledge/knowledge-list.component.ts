import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '../core/auth/auth.store';
import { ListStateComponent } from '../shared/list-state.component';
import { PagerComponent } from '../shared/pager.component';
import { ArticleImportComponent } from './article-import.component';
import { KnowledgeFilters, KnowledgeListStore, NO_KNOWLEDGE_FILTERS, PublishedFilter } from './knowledge-list.store';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Help articles with filters, the import panel, and "try a question" to check coverage. */
@Component({
  selector: 'app-knowledge-list',
  imports: [FormsModule, RouterLink, ListStateComponent, PagerComponent, ArticleImportComponent],
  templateUrl: './knowledge-list.component.html',
  styleUrl: './knowledge-list.component.css',
  providers: [KnowledgeListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class KnowledgeListComponent {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly store = inject(KnowledgeListStore);
  protected readonly pager = this.store.articles;

  protected readonly canManage = computed(() => this.auth.can('knowledge:manage'));
  protected readonly importOpen = signal(false);
  protected readonly q = signal(NO_KNOWLEDGE_FILTERS.q);
  protected readonly locale = signal(NO_KNOWLEDGE_FILTERS.locale);
  protected readonly published = signal<PublishedFilter>(NO_KNOWLEDGE_FILTERS.published);
  protected readonly question = signal('');

  protected readonly rows = computed(() =>
    this.pager.items().map((article) => ({
      ...article,
      tagsText: article.tags.join(', '),
      updatedText: dateTime.format(new Date(article.updatedAt)),
    })),
  );
  protected readonly passages = computed(() => this.store.passages().map((passage) => ({ ...passage, scoreText: passage.score.toFixed(2) })));
  protected readonly noPassages = computed(() => this.store.asked() !== null && this.store.passages().length === 0);

  constructor() {
    this.store.load();
  }

  protected applyFilters(): void {
    const filters: KnowledgeFilters = { q: this.q(), locale: this.locale(), published: this.published() };
    this.pager.search(filters);
  }

  protected setPublished(value: PublishedFilter): void {
    this.published.set(value);
    this.applyFilters();
  }

  protected newArticle(): void {
    void this.router.navigate(['/knowledge', 'new']);
  }

  protected toggleImport(): void {
    this.importOpen.update((open) => !open);
  }

  protected ask(): void {
    this.store.ask(this.question());
  }
}
