[#import "/portal/templates/macros/layout.ftl" as layout]
[@layout.page title=content.title!content['@name'] description=content.description!content.lead!]
<article class="article">
  <h1 class="page-title">${content.title!}</h1>
  [#if content.date?has_content]
  <p class="article__date"><time datetime="${content.date}">${cmsfn.date(content.date)}</time></p>
  [/#if]
  [#if content.lead?has_content]
  <p class="article__lead">${content.lead}</p>
  [/#if]
  <div class="rich-text">${cmsfn.richText(content.body!)}</div>
  <p class="article__back"><a href="/news">${i18n['news.all']}</a></p>
</article>
[/@layout.page]
