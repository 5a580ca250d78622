import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-placeholder',
  template: '<p>Coming soon.</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class PlaceholderComponent {}
