[#assign headingId = "registry-" + content['@name']]
<section class="expert-registry" aria-labelledby="${headingId}">
  <h2 id="${headingId}">${content.heading!'Реестр экспертов'}</h2>
  <p>В реестре ${model.total?c} действующих экспертов. <a href="/experts/apply">Подать заявку на включение в реестр</a></p>
  <form class="filter-form" method="get" action="${ctx.url}">
    <div class="filter-form__field">
      <label for="${headingId}-municipality">Муниципалитет</label>
      <select id="${headingId}-municipality" name="municipality">
        <option value="">Все</option>
        [#list model.municipalities as option]
        <option value="${option.value}"[#if option.value == model.municipality] selected[/#if]>${option.title}</option>
        [/#list]
      </select>
    </div>
    <div class="filter-form__field">
      <label for="${headingId}-area">Направление экспертизы</label>
      <select id="${headingId}-area" name="area">
        <option value="">Все</option>
        [#list model.areas as option]
        <option value="${option.value}"[#if option.value == model.area] selected[/#if]>${option.title}</option>
        [/#list]
      </select>
    </div>
    <div class="filter-form__actions">
      <button type="submit">Показать</button>
      [#if model.filtered]<a href="${ctx.url}">Сбросить</a>[/#if]
    </div>
  </form>
  <p class="archive__total" role="status">Найдено экспертов: ${model.experts?size}</p>
  [#if model.experts?has_content]
  <table class="data-table">
    <caption class="visually-hidden">Эксперты реестра</caption>
    <thead><tr><th scope="col">Эксперт</th><th scope="col">Организация, должность</th><th scope="col">Муниципалитет</th><th scope="col">Направления</th><th scope="col">Квалификация</th></tr></thead>
    <tbody>
    [#list model.experts as e]
      <tr>
        <td>${e.name()}[#if e.email()?has_content]<br><a href="mailto:${e.email()}">${e.email()}</a>[/#if]</td>
        <td>${e.organisation()}, ${e.position()}</td>
        <td>${e.municipality()}</td>
        <td>[#list e.areas() as a]${a}[#sep]; [/#list]</td>
        <td>${e.qualification()}</td>
      </tr>
    [/#list]
    </tbody>
  </table>
  [/#if]
  [#if model.counts?has_content]
  <h3>Эксперты по муниципалитетам</h3>
  <table class="data-table">
    <caption class="visually-hidden">Число действующих экспертов по муниципалитетам</caption>
    <thead><tr><th scope="col">Муниципалитет</th><th scope="col">Экспертов</th></tr></thead>
    <tbody>
    [#list model.counts as c]<tr><td>${c.municipality()}</td><td>${c.count()?c}</td></tr>[/#list]
    </tbody>
  </table>
  [/#if]
</section>
