import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SessionDto } from '@parley/contracts';
import { session } from './inbox.testing';
import { VisitorDetailsComponent } from './visitor-details.component';

async function render(current: SessionDto): Promise<HTMLElement> {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
  const fixture = TestBed.createComponent(VisitorDetailsComponent);
  fixture.componentRef.setInput('session', current);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('VisitorDetailsComponent', () => {
  it("names the visitor's language beside its tag, and what the site sent", async () => {
    const element = await render(session('s1', { language: 'es-MX', userMeta: { plan: 'pro' } }));
    expect(element.querySelector('[data-testid="language"]')?.textContent?.trim()).toBe('Spanish (Mexico) · es-MX');
    expect(element.querySelector('[data-testid="user-meta"]')?.textContent).toContain('pro');
  });

  it('says when the widget gave no language', async () => {
    const element = await render(session('s1'));
    expect(element.querySelector('[data-testid="language"]')?.textContent?.trim()).toBe('Not given by the widget.');
  });
});
