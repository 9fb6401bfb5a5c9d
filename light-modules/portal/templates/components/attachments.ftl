<section class="attachments">
  <h2>${content.heading!i18n['attachments.title']}</h2>
  <ul class="attachments__list">
  [#list (content.assets![]) as path]
    [#assign asset = damfn.asset(path)!]
    [#if asset?has_content]
    <li><a href="${asset.link}" download>${asset.title}</a> <span class="attachments__meta">${asset.format!}, ${asset.sizeText!}</span></li>
    [/#if]
  [/#list]
  </ul>
</section>
