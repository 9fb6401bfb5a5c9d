[#import "/portal/templates/macros/layout.ftl" as layout]
[#-- ASSIGNMENTS --]
[#assign aside][@cms.area name="aside"/][/#assign]
[#-- RENDERING --]
[@layout.page title=content.title!content['@name'] description=content.description!]
<h1 class="page-title">${content.title!content['@name']}</h1>
<div class="page-columns[#if aside?has_content] page-columns--aside[/#if]">
  <div class="page-columns__main">
  [@cms.area name="main"/]
  </div>
  [#if aside?has_content]
  <aside class="page-columns__aside" aria-label="${i18n['page.aside']}">
  ${aside}
  </aside>
  [/#if]
</div>
[/@layout.page]
