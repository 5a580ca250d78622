import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input } from '@angular/core';
import { renderMarkdown } from './markdown';

/** Rendered Markdown; bound through [innerHTML] so Angular's sanitizer strips scripts and handlers. */
@Component({
  selector: 'app-markdown-preview',
  template: `<div class="markdown-preview" [innerHTML]="html()"></div>`,
  styles: `
    .markdown-preview {
      line-height: 1.5;
      overflow-wrap: anywhere;
    }
    .markdown-preview :is(h1, h2, h3) {
      margin: 0.8rem 0 0.4rem;
    }
    .markdown-preview pre {
      background: var(--surface-muted);
      padding: 0.6rem;
      border-radius: 6px;
      overflow-x: auto;
    }
  `,
  // Unscoped: the rendered elements come from [innerHTML] and carry no emulated-style attributes.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarkdownPreviewComponent {
  readonly markdown = input.required<string>();
  readonly html = computed(() => renderMarkdown(this.markdown()));
}
