/**
 * The page `npm start` shows at `/`: a fictional product site for Lumen Boards (the product of the
 * sample knowledge base) with the widget embedded the way a customer would embed it. Scripts are
 * files, never inline, so the page passes the Content-Security-Policy helmet sets.
 */
const STYLES = `
  *, *::before, *::after { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1e1b4b; background: #fafaff; }
  a { color: inherit; }
  .demo-note { display: flex; flex-wrap: wrap; gap: 6px 20px; align-items: center; justify-content: center; padding: 8px 16px; font-size: 13px; background: #1e1b4b; color: #e0e7ff; }
  .demo-note code { color: #fff; }
  .demo-note .group { display: inline-flex; gap: 4px; align-items: center; }
  .demo-note button { font: inherit; font-size: 12px; padding: 1px 9px; border-radius: 999px; border: 1px solid #6366f1; background: transparent; color: #e0e7ff; cursor: pointer; }
  .demo-note button[aria-pressed="true"] { background: #e0e7ff; color: #1e1b4b; }
  .site { display: flex; align-items: center; gap: 32px; max-width: 1120px; margin: 0 auto; padding: 20px 24px; }
  .brand { display: inline-flex; align-items: center; gap: 10px; font-weight: 800; font-size: 20px; text-decoration: none; white-space: nowrap; }
  .brand span { width: 28px; height: 28px; border-radius: 8px; background: linear-gradient(135deg, #6366f1, #ec4899); }
  nav { display: flex; gap: 24px; flex: 1; }
  nav a { text-decoration: none; color: #4338ca; font-weight: 500; }
  .button { display: inline-block; padding: 10px 20px; border-radius: 10px; border: 2px solid #4f46e5; background: #4f46e5; color: #fff; font: inherit; font-weight: 600; text-decoration: none; cursor: pointer; }
  .button.ghost { background: transparent; color: #4338ca; }
  :focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
  main { max-width: 1120px; margin: 0 auto; padding: 0 24px 96px; }
  .hero { display: grid; grid-template-columns: 1.1fr 1fr; gap: 48px; align-items: center; padding: 48px 0 64px; }
  .eyebrow { margin: 0; color: #6d28d9; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; font-size: 13px; }
  h1 { margin: 8px 0 16px; font-size: clamp(36px, 5vw, 56px); line-height: 1.05; letter-spacing: -.02em; }
  .lead { font-size: 19px; color: #3730a3; margin: 0 0 28px; }
  .cta { display: flex; gap: 12px; flex-wrap: wrap; }
  .ask { margin-top: 28px; font-size: 14px; color: #4338ca; }
  .ask button { margin: 4px 6px 0 0; padding: 6px 12px; border-radius: 999px; border: 1px solid #c7d2fe; background: #fff; color: #3730a3; font: inherit; cursor: pointer; }
  .board { position: relative; height: 360px; border-radius: 20px; background: #fff radial-gradient(#e0e7ff 1.5px, transparent 1.5px) 0 0 / 22px 22px; box-shadow: 0 24px 60px rgb(30 27 75 / .12); overflow: hidden; }
  .note { position: absolute; width: 132px; padding: 12px; border-radius: 6px; font-size: 14px; font-weight: 600; box-shadow: 0 6px 14px rgb(0 0 0 / .1); }
  .n1 { top: 34px; left: 30px; background: #fef08a; transform: rotate(-3deg); }
  .n2 { top: 52px; left: 196px; background: #bbf7d0; transform: rotate(2deg); }
  .n3 { top: 196px; left: 64px; background: #fbcfe8; transform: rotate(1deg); }
  .n4 { top: 206px; left: 236px; background: #bfdbfe; transform: rotate(-2deg); }
  .cursor { position: absolute; top: 150px; left: 170px; padding: 2px 8px; border-radius: 6px; background: #ec4899; color: #fff; font-size: 12px; }
  section h2 { font-size: 32px; margin: 0 0 8px; letter-spacing: -.01em; }
  .features, .plans { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 20px; margin-top: 24px; }
  .card { padding: 24px; border-radius: 16px; background: #fff; border: 1px solid #e0e7ff; }
  .card h3 { margin: 0 0 8px; font-size: 19px; }
  .card p { margin: 0; color: #3730a3; }
  .price { font-size: 30px; font-weight: 800; margin: 4px 0 12px; }
  .price small { font-size: 14px; font-weight: 500; color: #4338ca; }
  .featured { border: 2px solid #4f46e5; }
  #pricing, #frame { padding-top: 64px; }
  .frame { display: grid; grid-template-columns: 220px 1fr; gap: 32px; align-items: center; padding: 32px; border-radius: 20px; background: #1e1b4b; color: #e0e7ff; }
  .frame .device { height: 160px; border-radius: 12px; border: 10px solid #312e81; background: #f4f4f5 repeating-linear-gradient(0deg, transparent 0 22px, #d4d4d8 22px 24px); }
  .frame p { margin: 0; }
  footer { padding: 32px 24px 120px; text-align: center; font-size: 14px; color: #4338ca; border-top: 1px solid #e0e7ff; }
  @media (max-width: 800px) { .hero, .frame { grid-template-columns: 1fr; } nav { display: none; } }
`;

export const DEMO_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lumen Boards — plan together, on one board</title>
<link rel="icon" href="data:,">
<meta name="description" content="Lumen Boards: collaborative whiteboards and planning boards for teams. A Parley demo page.">
<style>${STYLES}</style>
<script type="module" src="/widget/support-chat.js"></script>
<script type="module" src="/demo.js"></script>
</head>
<body>
<div class="demo-note" role="note">
  <span>Parley demo page: the chat in the corner is <code>&lt;support-chat&gt;</code>, answering from the sample help center.</span>
  <span class="group" role="group" aria-label="Widget language">Language:
    <button type="button" data-locale="en" aria-pressed="true">English</button>
    <button type="button" data-locale="es" aria-pressed="false">Español</button>
    <button type="button" data-locale="ar" aria-pressed="false" lang="ar">العربية</button>
  </span>
  <span class="group" role="group" aria-label="Widget theme">Theme:
    <button type="button" data-theme="light" aria-pressed="true">Light</button>
    <button type="button" data-theme="dark" aria-pressed="false">Dark</button>
    <button type="button" data-theme="auto" aria-pressed="false">Auto</button>
  </span>
</div>
<header class="site">
  <a class="brand" href="/"><span aria-hidden="true"></span>Lumen Boards</a>
  <nav aria-label="Main"><a href="#features">Product</a><a href="#pricing">Pricing</a><a href="#frame">Lumen Frame</a></nav>
  <a class="button" href="#pricing">Start free</a>
</header>
<main>
  <section class="hero">
    <div>
      <p class="eyebrow">Collaborative whiteboards for teams</p>
      <h1>Plan together, on one board.</h1>
      <p class="lead">Sticky notes, roadmaps and retros your whole team edits live, with more than 80 templates, version history, and integrations for Slack, Jira and GitHub.</p>
      <div class="cta">
        <a class="button" href="#pricing">Start free</a>
        <button class="button ghost" type="button" data-open-chat>Chat with support</button>
      </div>
      <p class="ask">Ask the assistant:
        <button type="button" data-ask="How do I get a refund?">How do I get a refund?</button>
        <button type="button" data-ask="How much does the Team plan cost?">What does Team cost?</button>
        <button type="button" data-ask="How do I set up my Lumen Frame?">Setting up a Lumen Frame</button>
      </p>
    </div>
    <div class="board" aria-hidden="true">
      <div class="note n1">Q3 roadmap: ship offline mode</div>
      <div class="note n2">Retro: what went well?</div>
      <div class="note n3">Invite the design team</div>
      <div class="note n4">Sync with Jira every hour</div>
      <div class="cursor">Maya</div>
    </div>
  </section>
  <section id="features" aria-labelledby="features-title">
    <h2 id="features-title">Everything a team plans, in one place</h2>
    <div class="features">
      <div class="card"><h3>Live together</h3><p>See everyone's cursor, comment on any note, and never lose a change with version history.</p></div>
      <div class="card"><h3>80+ templates</h3><p>Retrospectives, Kanban, roadmaps, brainstorms and user story maps, ready in one click.</p></div>
      <div class="card"><h3>Fits your tools</h3><p>Slack, Microsoft Teams, Jira, GitHub, Google Drive and Zapier, plus an API and webhooks.</p></div>
    </div>
  </section>
  <section id="pricing" aria-labelledby="pricing-title">
    <h2 id="pricing-title">Simple pricing</h2>
    <p>Per seat per month, billed annually. Prices exclude tax.</p>
    <div class="plans">
      <div class="card"><h3>Free</h3><p class="price">$0</p><p>Up to 5 members and 3 editable boards.</p></div>
      <div class="card featured"><h3>Team</h3><p class="price">$10 <small>/ seat</small></p><p>Unlimited boards, 90-day history, all integrations.</p></div>
      <div class="card"><h3>Business</h3><p class="price">$20 <small>/ seat</small></p><p>SAML SSO, required 2FA, unlimited history and guests.</p></div>
      <div class="card"><h3>Enterprise</h3><p class="price">Custom</p><p>SCIM, data regions, your own encryption keys, 24/7 support.</p></div>
    </div>
  </section>
  <section id="frame" aria-labelledby="frame-title">
    <div class="frame">
      <div class="device" aria-hidden="true"></div>
      <div>
        <h2 id="frame-title">Lumen Frame</h2>
        <p>A wall-mounted 13.3-inch e-ink display that shows one board, all day, in the team room.</p>
      </div>
    </div>
  </section>
</main>
<footer>© 2026 Lumen Labs, Amsterdam. Lumen Boards and lumenboards.example are fictional. Support chat by Parley.</footer>
<support-chat
  title="Lumen Boards support"
  subtitle="Ask us anything, day or night"
  greeting="Hi! I'm the Lumen Boards assistant. Ask me about plans, billing, boards or your Lumen Frame."
  theme="light"
></support-chat>
</body>
</html>
`;
