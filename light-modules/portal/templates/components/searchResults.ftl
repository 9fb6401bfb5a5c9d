[#-- The search form and its results; the model computes every link and escapes every snippet. --]
<section class="search" aria-labelledby="search-heading">
  <h2 id="search-heading" class="visually-hidden">Поиск по порталу</h2>
  <form class="search__form" method="get" action="${ctx.url}" role="search">
    <label for="search-q">Что найти</label>
    <input id="search-q" name="q" type="search" value="${model.q}" maxlength="500" autocomplete="off">
    <label for="search-order">Порядок</label>
    <select id="search-order" name="order">
      <option value="">по соответствию</option>
      <option value="date"[#if model.dateOrder] selected[/#if]>сначала новые</option>
    </select>
    <button type="submit">Найти</button>
  </form>
  [#if model.asked]
  <div role="status">
    [#if model.message?has_content]<p class="search__message">${model.message}</p>[/#if]
    [#if model.suggestion?has_content]
    <p class="search__suggestion">[#if model.suggestionApplied]Показаны результаты для «<a href="${model.suggestionLink}">${model.suggestion}</a>».[#else]Возможно, вы имели в виду: <a href="${model.suggestionLink}">${model.suggestion}</a>[/#if]</p>
    [/#if]
    <p class="archive__total">Найдено: ${model.total?c}</p>
  </div>
  <div class="search__layout">
    [#if model.facets?has_content]
    <nav class="search__facets" aria-label="Уточнить поиск">
      [#list model.facets as facet]
      <h3>${facet.label}</h3>
      <ul>
        [#list facet.options as option]
        <li><a href="${option.link}"[#if option.selected] aria-current="true" class="search__facet--selected"[/#if]>${option.label}</a> <span class="search__count">(${option.count?c})</span>[#if option.selected] <span class="visually-hidden">(выбрано; нажмите, чтобы снять)</span>[/#if]</li>
        [/#list]
      </ul>
      [/#list]
    </nav>
    [/#if]
    [#if model.hits?has_content]
    <ol class="search__hits">
      [#list model.hits as hit]
      <li class="search__hit">
        <a class="search__title" href="${hit.url}">${hit.title}</a>
        <p class="item-list__meta"><span>${hit.typeLabel}</span>[#if hit.date?has_content] <span>${hit.date}</span>[/#if]</p>
        [#if hit.snippetHtml?has_content]<p class="search__snippet">[#if hit.attachment?has_content]Во вложении «${hit.attachment}»: [/#if]${hit.snippetHtml?no_esc}</p>[/#if]
      </li>
      [/#list]
    </ol>
    [/#if]
  </div>
  [#if model.pages > 1]
  <nav class="pager" aria-label="Страницы результатов">
    <ul class="pager__list">
      [#if model.previous?has_content]<li><a class="pager__step" href="${model.previous}" rel="prev">Назад</a></li>[/#if]
      [#if model.next?has_content]<li><a class="pager__step" href="${model.next}" rel="next">Дальше</a></li>[/#if]
    </ul>
    <p class="pager__status">Страница ${model.page?c} из ${model.pages?c}</p>
  </nav>
  [/#if]
  [/#if]
</section>
