import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { ArticleImportStore } from './article-import.store';

/** Pick .md / .json files, see what they hold, import them in one go. */
@Component({
  selector: 'app-article-import',
  templateUrl: './article-import.component.html',
  styleUrl: './article-import.component.css',
  providers: [ArticleImportStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticleImportComponent {
  protected readonly store = inject(ArticleImportStore);
  readonly imported = output<void>();

  // Worded without "import" so it never competes with the panel's own "Import" toggle by name.
  protected readonly sendLabel = computed(() => {
    if (this.store.importing()) return 'Adding…';
    const count = this.store.candidates().length;
    return `Add ${count} ${count === 1 ? 'article' : 'articles'} to the knowledge base`;
  });

  protected async pick(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    await this.store.pick(Array.from(input.files ?? []));
  }

  protected async send(): Promise<void> {
    if (await this.store.send()) this.imported.emit();
  }
}
