[#--
  The frame of every public page: skip link, header with the section navigation, breadcrumbs,
  main content, footer. Usage: [@layout.page title=... description=...]...[/@layout.page]
  A module's pages may add their own stylesheets: styles=[cmsfn.resource('module', 'css/x.css')]
--]
[#macro page title description="" styles=[]]
[#assign lowVisionOn = lowVision!false]
<!DOCTYPE html>
<html lang="ru"[#if lowVisionOn] class="low-vision"[/#if]>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${i18n['site.name']}</title>
[#if description?has_content]
<meta name="description" content="${description}">
[/#if]
<link rel="stylesheet" href="${cmsfn.resource('portal', 'css/portal.css')}">
[#list styles as style]
<link rel="stylesheet" href="${style}">
[/#list]
<link rel="alternate" type="application/atom+xml" title="${i18n['feed.title']}" href="/feed.atom">
[#if seo??]
<link rel="canonical" href="${seo.canonical}">
<meta property="og:type" content="${seo.type}">
<meta property="og:title" content="${seo.title}">
<meta property="og:url" content="${seo.canonical}">
[#if seo.description?has_content]
<meta property="og:description" content="${seo.description}">
[/#if]
<meta property="og:site_name" content="${seo.siteName}">
<meta property="og:locale" content="${seo.locale}">
[/#if]
</head>
<body>
<a class="skip-link" href="#main">${i18n['a11y.skipToContent']}</a>
<header class="site-header">
  <div class="container site-header__inner">
    <a class="brand" href="/">
      <span class="brand__name">${i18n['site.name']}</span>
      <span class="brand__org">${i18n['site.organisation']}</span>
    </a>
    [#-- pages of modules that know who is signed in pass "account" (and "csrf" for the sign-out form) --]
    [#if account??]
    <div class="site-account">
      [#if account.signedIn]
      <span class="site-account__name">${account.name}</span>
      [#list account.links as link]<a href="${link.href}">${link.title}</a>[/#list]
      <form class="site-account__logout" method="post" action="/logout">[#if csrf??]<input type="hidden" name="${csrf.name}" value="${csrf.token}">[/#if]<button type="submit" class="link-button">${i18n['account.logout']}</button></form>
      [#else]
      <a href="/login">${i18n['account.login']}</a> <a href="/register">${i18n['account.register']}</a>
      [/#if]
    </div>
    [/#if]
    <a class="site-tools__low-vision" href="/low-vision?mode=${lowVisionOn?then('off', 'on')}&amp;back=${ctx.url?url('UTF-8')}">${lowVisionOn?then(i18n['lowVision.off'], i18n['lowVision.on'])}</a>
  </div>
  <nav class="site-nav" aria-label="${i18n['nav.sections']}">
    <ul class="container site-nav__list">
    [#list navfn.sections() as section]
      <li><a href="${section.link}"[#if section.current] aria-current="page"[/#if]>${section.title}</a></li>
    [/#list]
    </ul>
  </nav>
</header>
[#assign crumbs = navfn.breadcrumbs()]
[#if crumbs?has_content]
<nav class="container breadcrumbs" aria-label="${i18n['nav.breadcrumbs']}">
  <ol>
  [#list crumbs as crumb]
    <li><a href="${crumb.link}">${crumb.title}</a></li>
  [/#list]
    <li aria-current="page">${title}</li>
  </ol>
</nav>
[/#if]
<main id="main" class="container site-main" tabindex="-1">
[#nested]
</main>
<footer class="site-footer">
  <div class="container">
    <p>${i18n['site.organisation.full']}</p>
    <p>${i18n['site.footer.note']}</p>
  </div>
</footer>
</body>
</html>
[/#macro]
