// Strings of the progress indicator.
import type { Catalog } from '../i18n/types';

type Key =
  | 'working' | 'seconds' | 'cancel' | 'cancelled' | 'bundle.import' | 'bundle.importMany' | 'bundle.export' | 'bundle.verify' | 'report.export' | 'report.check'
  | 'backup.create' | 'backup.restore' | 'loi.read' | 'loi.commit' | 'table.import' | 'workspace.join';

export const messages: Catalog<Key> = {
  en: {
    working: 'Working…', seconds: '({{s}} s)', cancel: 'Cancel', cancelled: 'Cancelled.',
    'bundle.import': 'Importing the bundle…', 'bundle.importMany': 'Importing the bundles…', 'bundle.export': 'Signing and writing the bundle…', 'bundle.verify': 'Verifying the bundle…',
    'report.export': 'Compiling the report…', 'report.check': 'Checking the report…', 'backup.create': 'Backing up…', 'backup.restore': 'Restoring the backup…',
    'loi.read': 'Reading the list of issues…', 'loi.commit': 'Importing the list of issues…', 'table.import': 'Reading the table…', 'workspace.join': 'Joining the workspace…',
  },
  ru: {
    working: 'Выполняется…', seconds: '({{s}} с)', cancel: 'Отменить', cancelled: 'Отменено.',
    'bundle.import': 'Импорт пакета…', 'bundle.importMany': 'Импорт пакетов…', 'bundle.export': 'Подпись и запись пакета…', 'bundle.verify': 'Проверка пакета…',
    'report.export': 'Сборка доклада…', 'report.check': 'Проверка доклада…', 'backup.create': 'Резервное копирование…', 'backup.restore': 'Восстановление из копии…',
    'loi.read': 'Чтение перечня вопросов…', 'loi.commit': 'Импорт перечня вопросов…', 'table.import': 'Чтение таблицы…', 'workspace.join': 'Подключение к рабочей области…',
  },
  ky: {
    working: 'Аткарылууда…', seconds: '({{s}} с)', cancel: 'Жокко чыгаруу', cancelled: 'Жокко чыгарылды.',
    'bundle.import': 'Пакет импорттолууда…', 'bundle.importMany': 'Пакеттер импорттолууда…', 'bundle.export': 'Пакетке кол коюлуп, жазылууда…', 'bundle.verify': 'Пакет текшерилүүдө…',
    'report.export': 'Баяндама түзүлүүдө…', 'report.check': 'Баяндама текшерилүүдө…', 'backup.create': 'Камдык көчүрмө алынууда…', 'backup.restore': 'Камдык көчүрмө калыбына келтирилүүдө…',
    'loi.read': 'Маселелердин тизмеси окулууда…', 'loi.commit': 'Маселелердин тизмеси импорттолууда…', 'table.import': 'Таблица окулууда…', 'workspace.join': 'Иш мейкиндигине кошулууда…',
  },
};
