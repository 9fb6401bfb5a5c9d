/* Russian labels for the parts of TinyMCE the workspace uses (our own translation). */
(function () {
  'use strict';
  if (!window.tinymce) {
    return;
  }
  window.tinymce.addI18n('ru', {
    'Undo': 'Отменить',
    'Redo': 'Повторить',
    'Blocks': 'Тип блока',
    'Paragraph': 'Абзац',
    'Bold': 'Полужирный',
    'Italic': 'Курсив',
    'Bullet list': 'Маркированный список',
    'Numbered list': 'Нумерованный список',
    'Insert/edit link': 'Вставить или изменить ссылку',
    'Link...': 'Ссылка…',
    'Link': 'Ссылка',
    'Remove link': 'Удалить ссылку',
    'Open link': 'Открыть ссылку',
    'URL': 'Адрес',
    'Text to display': 'Текст ссылки',
    'Title': 'Подсказка',
    'Save': 'Сохранить',
    'Cancel': 'Отмена',
    'Close': 'Закрыть',
    'Table': 'Таблица',
    'Insert table': 'Вставить таблицу',
    'Table properties': 'Свойства таблицы',
    'Delete table': 'Удалить таблицу',
    'Row': 'Строка',
    'Column': 'Столбец',
    'Cell': 'Ячейка',
    'Insert row before': 'Вставить строку выше',
    'Insert row after': 'Вставить строку ниже',
    'Delete row': 'Удалить строку',
    'Insert column before': 'Вставить столбец слева',
    'Insert column after': 'Вставить столбец справа',
    'Delete column': 'Удалить столбец',
    'Clear formatting': 'Очистить форматирование',
    'Rich Text Area': 'Поле форматированного текста',
    'Rich Text Area. Press ALT-0 for help.': 'Поле форматированного текста. Справка — ALT+0.',
    'Press {0} for help': 'Справка — {0}',
    'Heading 2': 'Заголовок 2',
    'Heading 3': 'Заголовок 3',
    'Heading 4': 'Заголовок 4',
    'Help': 'Справка',
    'More...': 'Ещё…',
    'Reveal or hide additional toolbar items': 'Показать или скрыть остальные кнопки'
  });
}());
