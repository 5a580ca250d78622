import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppException } from '../../common/errors/app.exception';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Public } from '../auth/auth.decorators';
import { acceptsGzip } from '../../common/http/accept-encoding';
import { DEMO_PAGE } from './demo/demo-page';
import { DEMO_SCRIPT } from './demo/demo-script';
import { WidgetBundle } from './widget-bundle';

/**
 * The URL is fixed (sites embed it), so it cannot be cached forever: a day, then revalidated with
 * the ETag in the background, so a new widget version reaches every site within about a day.
 */
const WIDGET_CACHE = 'public, max-age=86400, stale-while-revalidate=604800';

@ApiTags('widget')
@Public()
@Controller()
export class WidgetAssetsController {
  constructor(
    private readonly bundle: WidgetBundle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('widget/support-chat.js')
  @ApiOperation({
    summary: 'The <support-chat> web component: one ES module, loaded with <script type="module">',
    description:
      'Gzip-compressed when the client accepts it. Cached for a day with an ETag; `If-None-Match` answers 304. Any site may load it (CORS and Cross-Origin-Resource-Policy allow it).',
  })
  @ApiProduces('text/javascript')
  @ApiOkResponse({ description: 'The script', schema: { type: 'string' } })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag in If-None-Match' })
  @ApiNotFoundResponse({ description: 'The widget is not built (`npx nx run widget-lit:build`)' })
  async widget(@Req() request: Request, @Res() response: Response): Promise<void> {
    const asset = await this.bundle.get();
    const gzipped = acceptsGzip(request.headers['accept-encoding']);
    const etag = `"${asset.hash}${gzipped ? '-gz' : ''}"`;
    response.set({
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': WIDGET_CACHE,
      ETag: etag,
      Vary: 'Accept-Encoding',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    // Either variant's ETag proves the client holds the current build.
    const held = request.headers['if-none-match'] ?? '';
    if (held.includes(`"${asset.hash}"`) || held.includes(`"${asset.hash}-gz"`)) {
      response.status(304).end();
      return;
    }
    if (gzipped) response.set('Content-Encoding', 'gzip');
    response.status(200).send(gzipped ? asset.gzipped : asset.identity);
  }

  @Get()
  @ApiOperation({
    summary: 'A demo product page ("Lumen Boards", the sample knowledge base) with the widget embedded',
    description: 'With DEMO_PAGE_ENABLED=false, a redirect to the staff console (/console/) instead.',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The HTML page', schema: { type: 'string' } })
  @ApiResponse({ status: 302, description: 'The demo page is turned off: to /console/' })
  demoPage(@Res() response: Response): void {
    if (!this.config.demoPageEnabled) return response.redirect(302, '/console/');
    response.type('html').set('Cache-Control', 'no-cache').send(DEMO_PAGE);
  }

  @Get('demo.js')
  @ApiOperation({ summary: "The demo page's own script (a file, as the Content-Security-Policy allows no inline scripts)" })
  @ApiProduces('text/javascript')
  @ApiOkResponse({ description: 'The script', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'The demo page is turned off (DEMO_PAGE_ENABLED=false)' })
  demoScript(@Res() response: Response): void {
    if (!this.config.demoPageEnabled) throw new AppException('NOT_FOUND', 'The demo page is turned off (DEMO_PAGE_ENABLED=false)');
    response.type('text/javascript; charset=utf-8').set('Cache-Control', 'no-cache').send(DEMO_SCRIPT);
  }
}
