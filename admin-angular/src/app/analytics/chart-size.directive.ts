import { DestroyRef, Directive, ElementRef, inject, signal } from '@angular/core';

/**
 * The size of a chart's container as an ngx-charts `[view]`. ngx-charts only measures its parent
 * on window resizes, so a container that changes width on its own (the menu wrapping at tablet
 * width, a scrollbar appearing) would leave the chart at its old size; a ResizeObserver does not.
 */
@Directive({ selector: '[appChartSize]', exportAs: 'chartSize' })
export class ChartSizeDirective {
  private readonly size = signal<[number, number] | null>(null);
  readonly view = this.size.asReadonly();

  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    // jsdom (unit tests) and very old browsers have no ResizeObserver; the chart then stays hidden.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      const current = this.size();
      if (width > 0 && height > 0 && (current?.[0] !== width || current[1] !== height)) this.size.set([width, height]);
    });
    observer.observe(element);
    inject(DestroyRef).onDestroy(() => observer.disconnect());
  }
}
