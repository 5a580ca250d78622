import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AccuracyAnswersComponent } from './accuracy-answers.component';
import { AccuracyCalibrationComponent } from './accuracy-calibration.component';
import { AccuracyStore } from './accuracy.store';
import { KnowledgeGapsComponent } from './knowledge-gaps.component';

/** How good the bot's answers are: the answers, the calibration and what the knowledge base lacks. */
@Component({
  selector: 'app-accuracy',
  imports: [AccuracyAnswersComponent, AccuracyCalibrationComponent, KnowledgeGapsComponent],
  template: `
    <h1>Accuracy</h1>
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">Answers</h2>
      <app-accuracy-answers />
    </section>
    <section aria-labelledby="calibration-heading">
      <h2 id="calibration-heading">Calibration</h2>
      <p class="muted small">Answers in a bucket should be judged correct about as often as their confidence says. From and To apply here too.</p>
      <app-accuracy-calibration />
    </section>
    @if (store.canSeeGaps()) {
      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">Knowledge gaps</h2>
        <p class="muted small">Questions the bot handed off or answered with low confidence, grouped by similarity.</p>
        <app-knowledge-gaps />
      </section>
    }
  `,
  styleUrl: './accuracy.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AccuracyComponent {
  readonly store = inject(AccuracyStore);

  constructor() {
    this.store.start();
  }
}
