import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '../core/auth/auth.store';
import { ArticleEditorStore, ArticleField } from './article-editor.store';
import { MarkdownPreviewComponent } from './markdown-preview.component';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Route state carrying a notice to the article's own URL after it was created. */
interface CreatedState {
  notice?: string;
}

/** One article: an editor with a live preview for knowledge:manage, a read-only view otherwise. */
@Component({
  selector: 'app-article-editor',
  imports: [FormsModule, RouterLink, MarkdownPreviewComponent],
  templateUrl: './article-editor.component.html',
  styleUrl: './article-editor.component.css',
  providers: [ArticleEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ArticleEditorComponent {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly store = inject(ArticleEditorStore);

  /** From the route (`knowledge/:articleId`); absent for `knowledge/new`. */
  readonly articleId = input<string>();

  protected readonly canManage = computed(() => this.auth.can('knowledge:manage'));
  protected readonly heading = computed(() => (this.articleId() ? this.store.title() || 'Article' : 'New article'));
  protected readonly showForm = computed(() => this.canManage() && !this.store.loadError() && !(this.articleId() && this.store.isNew()));
  /** `aria-invalid` per field: true when the last answer named it, absent otherwise. */
  protected readonly invalid = computed(() => {
    const errors = this.store.fieldErrors();
    const flag = (field: ArticleField) => ((errors[field]?.length ?? 0) > 0 ? true : null);
    return { title: flag('title'), slug: flag('slug'), locale: flag('locale'), tags: flag('tags'), body: flag('body') };
  });
  protected readonly meta = computed(() => {
    const article = this.store.article();
    return article ? { tags: article.tags.join(', '), updated: dateTime.format(new Date(article.updatedAt)) } : null;
  });

  constructor() {
    const state = this.router.currentNavigation()?.extras.state as CreatedState | undefined;
    if (state?.notice) this.store.setNotice(state.notice);
    effect(() => {
      const id = this.articleId();
      if (id) untracked(() => this.store.open(id));
    });
  }

  protected edit(field: ArticleField, value: string): void {
    this.store.edit(field, value);
  }

  protected async save(): Promise<void> {
    const wasNew = this.store.isNew();
    const stored = await this.store.save();
    if (stored && wasNew) {
      const state: CreatedState = { notice: this.store.notice() ?? undefined };
      await this.router.navigate(['/knowledge', stored.id], { replaceUrl: true, state });
    }
  }

  protected togglePublished(): void {
    void this.store.togglePublished();
  }

  protected async remove(): Promise<void> {
    const article = this.store.article();
    if (!article || !confirm(`Delete “${article.title}”? The bot will no longer answer from it. This cannot be undone.`)) return;
    if (await this.store.remove()) await this.router.navigate(['/knowledge']);
  }
}
