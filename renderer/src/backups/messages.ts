// Strings of backups and recovery.
import type { Catalog } from '../i18n/types';

type Key =
  | 'title' | 'explain' | 'create' | 'created' | 'restored' | 'none' | 'when' | 'kind' | 'size' | 'kilobytes' | 'actions' | 'restore' | 'restoreFrom'
  | 'confirm' | 'confirmTitle' | 'yesRestore' | 'cancel' | 'close' | 'damagedTitle' | 'damagedText' | 'chooseBackup'
  | 'reason_daily' | 'reason_before-import' | 'reason_manual' | 'reason_before-restore' | 'failed' | 'failedBadge' | 'failure_disk-full' | 'failure_not-writable' | 'failure_not-a-folder';

export const messages: Catalog<Key> = {
  en: {
    title: 'Backups',
    explain: 'Treaty Desk backs up the workspace every day and before every bundle import. Restoring keeps the current state as a backup too.',
    create: 'Back up now', created: 'Backed up as {{name}}.', restored: 'Restored the workspace as it was on {{when}}.', none: 'No backups yet.',
    when: 'Taken', kind: 'Kind', size: 'Size', kilobytes: '{{n}} KB', actions: 'Actions', restore: 'Restore', restoreFrom: 'Restore the backup of {{when}}',
    confirm: 'Replace the workspace with this backup?', confirmTitle: 'Confirm restore', yesRestore: 'Yes, restore', cancel: 'Cancel', close: 'Close',
    damagedTitle: 'The workspace file is damaged',
    damagedText: 'Treaty Desk checked {{path}} when it opened and found it damaged, so nothing was changed in it. Restore one of its backups to continue; the damaged file is kept beside it.',
    chooseBackup: 'Choose a backup to restore',
    failed: 'The last backup failed ({{when}}): {{message}}. Free some disk space or check that the backups folder can be written to, then back up now.',
    'failure_disk-full': 'the disk is full',
    'failure_not-writable': 'the backups folder cannot be written to',
    'failure_not-a-folder': 'a file stands where the backups folder should be ({{path}})',
    failedBadge: 'The last backup failed',
    reason_daily: 'Daily', 'reason_before-import': 'Before an import', reason_manual: 'Manual', 'reason_before-restore': 'Before a restore',
  },
  ru: {
    title: 'Резервные копии',
    explain: 'Treaty Desk ежедневно и перед каждым импортом пакета создаёт резервную копию. При восстановлении текущее состояние тоже сохраняется.',
    create: 'Создать копию сейчас', created: 'Копия создана: {{name}}.', restored: 'Рабочая область восстановлена по состоянию на {{when}}.', none: 'Резервных копий пока нет.',
    when: 'Создана', kind: 'Вид', size: 'Размер', kilobytes: '{{n}} КБ', actions: 'Действия', restore: 'Восстановить', restoreFrom: 'Восстановить копию от {{when}}',
    confirm: 'Заменить рабочую область этой копией?', confirmTitle: 'Подтверждение', yesRestore: 'Да, восстановить', cancel: 'Отмена', close: 'Закрыть',
    damagedTitle: 'Файл рабочей области повреждён',
    damagedText: 'При открытии Treaty Desk проверил {{path}} и обнаружил повреждение, поэтому ничего в нём не изменил. Восстановите одну из резервных копий; повреждённый файл будет сохранён рядом.',
    chooseBackup: 'Выберите копию для восстановления',
    failed: 'Последнюю резервную копию создать не удалось ({{when}}): {{message}}. Освободите место на диске или проверьте, что в папку копий можно записывать, затем создайте копию сейчас.',
    'failure_disk-full': 'диск заполнен',
    'failure_not-writable': 'в папку резервных копий нельзя записывать',
    'failure_not-a-folder': 'на месте папки резервных копий находится файл ({{path}})',
    failedBadge: 'Последнюю резервную копию создать не удалось',
    reason_daily: 'Ежедневная', 'reason_before-import': 'Перед импортом', reason_manual: 'Ручная', 'reason_before-restore': 'Перед восстановлением',
  },
  ky: {
    title: 'Камдык көчүрмөлөр',
    explain: 'Treaty Desk иш мейкиндигинин камдык көчүрмөсүн күн сайын жана ар бир пакетти импорттоодон мурун алат. Калыбына келтиргенде учурдагы абал да көчүрмө катары сакталат.',
    create: 'Азыр көчүрмө алуу', created: 'Көчүрмө алынды: {{name}}.', restored: 'Иш мейкиндиги {{when}} абалына калыбына келтирилди.', none: 'Камдык көчүрмөлөр азырынча жок.',
    when: 'Алынган', kind: 'Түрү', size: 'Көлөмү', kilobytes: '{{n}} КБ', actions: 'Аракеттер', restore: 'Калыбына келтирүү', restoreFrom: '{{when}} алынган көчүрмөнү калыбына келтирүү',
    confirm: 'Иш мейкиндигин ушул көчүрмө менен алмаштырасызбы?', confirmTitle: 'Калыбына келтирүүнү ырастоо', yesRestore: 'Ооба, калыбына келтирүү', cancel: 'Жокко чыгаруу', close: 'Жабуу',
    damagedTitle: 'Иш мейкиндигинин файлы бузулган',
    damagedText: 'Treaty Desk ачылганда {{path}} файлын текшерип, анын бузулганын аныктады, ошондуктан анда эч нерсе өзгөртүлгөн жок. Улантуу үчүн анын камдык көчүрмөлөрүнүн бирин калыбына келтириңиз; бузулган файл анын жанында сакталат.',
    chooseBackup: 'Калыбына келтирүү үчүн көчүрмө тандаңыз',
    failed: 'Акыркы камдык көчүрмө алынган жок ({{when}}): {{message}}. Дисктен орун бошотуңуз же көчүрмөлөр папкасына жазууга болорун текшериңиз, анан азыр көчүрмө алыңыз.',
    'failure_disk-full': 'диск толуп калды',
    'failure_not-writable': 'камдык көчүрмөлөр папкасына жазууга болбойт',
    'failure_not-a-folder': 'камдык көчүрмөлөр папкасынын ордунда файл турат ({{path}})',
    failedBadge: 'Акыркы камдык көчүрмө алынган жок',
    reason_daily: 'Күнүмдүк', 'reason_before-import': 'Импорттоодон мурун', reason_manual: 'Кол менен', 'reason_before-restore': 'Калыбына келтирүүдөн мурун',
  },
};
