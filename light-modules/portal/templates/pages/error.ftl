[#import "/portal/templates/macros/layout.ftl" as layout]
[#-- ASSIGNMENTS --]
[#assign code = status!500]
[#assign known = [400, 403, 404, 405, 413, 500]]
[#assign key = known?seq_contains(code)?then(code?c, '500')]
[#-- RENDERING --]
[@layout.page title=i18n['error.' + key + '.title']]
<div class="error-page">
  <h1 class="page-title">${i18n['error.' + key + '.title']}</h1>
  <p class="error-page__code">${i18n['error.code']} ${code?c}</p>
  <p>${i18n['error.' + key + '.text']}</p>
  <p><a href="/">${i18n['error.home']}</a></p>
</div>
[/@layout.page]
