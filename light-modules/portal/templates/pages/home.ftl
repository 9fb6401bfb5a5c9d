[#import "/portal/templates/macros/layout.ftl" as layout]
[@layout.page title=content.title!i18n['site.name'] description=content.description!]
<h1 class="page-title">${content.title!}</h1>
<div class="home">
[@cms.area name="main"/]
</div>
[/@layout.page]
