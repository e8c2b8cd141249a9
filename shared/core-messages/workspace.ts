// What the core says about opening and restoring the workspace, backups, assignments and resolving
// conflicts, in each language.
import { REPORT_STRINGS, formatCount } from '../export/strings';
import { type Lang, entry, num, ruPlural } from './format';

/**
 * The words over their limit in a refusal of the final report, as one value: "scope|words|limit"
 * joined by ";", the scope "total" or a section's label ("II"). Anything else reads as written.
 */
export const overLimits = (list: Array<{ scope: string; words: number; limit: number }>): string => list.map((w) => `${w.scope}|${w.words}|${w.limit}`).join(';');

function overLines(over: string | number, lang: Lang): string[] {
  if (over === '' || over === 0) return [];
  return String(over)
    .split(';')
    .map((one) => {
      const [scope, words, limit] = one.split('|');
      if (words === undefined || limit === undefined) return scope;
      const w = Number(words);
      const l = Number(limit);
      if (lang === 'ky') return `${scope === 'total' ? 'Баяндама' : `${scope}-бөлүм`}: ${num(w, 'ky')} сөз, чеги ${num(l, 'ky')}`;
      const s = REPORT_STRINGS[lang];
      const total = lang === 'ru' ? 'Доклад' : 'Report';
      return s.draftOverLimit(scope === 'total' ? total : s.section(scope), formatCount(w, lang), formatCount(l, lang));
    });
}

interface NotReady {
  /** Counts of each problem (0: none) and the label of the first paragraph it concerns ("5 (a)"). */
  unanswered: number;
  unansweredFirst: string;
  conflicts: number;
  conflictsFirst: string;
  notApproved: number;
  notApprovedFirst: string;
  /** Of the replies not approved, those whose question a re-imported list of issues changed. */
  reworded: number;
  rewordedFirst: string;
  /** overLimits(...) */
  over: string;
}

export const workspaceMessages = {
  // Backups and restoring one.
  notBackupName: entry<{ name: string }>({
    en: (p) => `"${p.name}" is not the name of a backup.`,
    ru: (p) => `«${p.name}» не является именем резервной копии.`,
    ky: (p) => `«${p.name}» — камдык көчүрмөнүн аты эмес.`,
  }),
  noBackup: entry<{ name: string }>({
    en: (p) => `There is no backup ${p.name}.`,
    ru: (p) => `Резервной копии ${p.name} нет.`,
    ky: (p) => `${p.name} камдык көчүрмөсү жок.`,
  }),
  backupDamaged: entry<{ name: string; reason: string }>({
    en: (p) => `The backup ${p.name} is damaged too (${p.reason}); choose an older one.`,
    ru: (p) => `Резервная копия ${p.name} тоже повреждена (${p.reason}); выберите более раннюю.`,
    ky: (p) => `${p.name} камдык көчүрмөсү да бузулган (${p.reason}); мурунураагын тандаңыз.`,
  }),
  backupNewer: entry<{ name: string }>({
    en: (p) => `The backup ${p.name} was written by a newer Treaty Desk.`,
    ru: (p) => `Резервная копия ${p.name} создана более новой версией Treaty Desk.`,
    ky: (p) => `${p.name} камдык көчүрмөсүн Treaty Desk’тин жаңыраак версиясы жазган.`,
  }),
  backupNoWorkspace: entry<{ name: string }>({
    en: (p) => `The backup ${p.name} holds no workspace.`,
    ru: (p) => `В резервной копии ${p.name} нет рабочей области.`,
    ky: (p) => `${p.name} камдык көчүрмөсүндө иш мейкиндиги жок.`,
  }),
  backupUnreadable: entry<{ name: string; reason: string }>({
    en: (p) => `The backup ${p.name} cannot be read: ${p.reason}`,
    ru: (p) => `Резервную копию ${p.name} не удаётся прочитать: ${p.reason}`,
    ky: (p) => `${p.name} камдык көчүрмөсүн окууга болбойт: ${p.reason}`,
  }),
  backupUnusable: entry<{ name: string; reason: string }>({
    en: (p) => `The backup ${p.name} cannot be used: ${p.reason}. Choose another one.`,
    ru: (p) => `Резервную копию ${p.name} нельзя использовать: ${p.reason}. Выберите другую.`,
    ky: (p) => `${p.name} камдык көчүрмөсүн колдонууга болбойт: ${p.reason}. Башкасын тандаңыз.`,
  }),
  backupNotWorkspace: entry<{ name: string; reason: string }>({
    en: (p) => `The backup ${p.name} cannot be opened as a workspace (${p.reason}). Choose another one.`,
    ru: (p) => `Резервную копию ${p.name} не удаётся открыть как рабочую область (${p.reason}). Выберите другую.`,
    ky: (p) => `${p.name} камдык көчүрмөсүн иш мейкиндиги катары ачууга болбойт (${p.reason}). Башкасын тандаңыз.`,
  }),
  backupsUnavailable: entry({
    en: () => 'Backups are not available for this workspace.',
    ru: () => 'Для этой рабочей области резервные копии недоступны.',
    ky: () => 'Бул иш мейкиндиги үчүн камдык көчүрмөлөр жеткиликсиз.',
  }),
  openElsewhere: entry({
    en: () => 'The workspace is open in another window or program (the app, browser mode or a command); close it there, then restore. Nothing was changed.',
    ru: () => 'Рабочая область открыта в другом окне или программе (в приложении, в режиме браузера или командой); закройте её там, затем повторите восстановление. Ничего не изменено.',
    ky: () => 'Иш мейкиндиги башка терезеде же программада ачык (тиркемеде, браузер режиминде же буйрук менен); аны ошол жерде жаап, анан калыбына келтириңиз. Эч нерсе өзгөртүлгөн жок.',
  }),

  // Opening the workspace.
  damagedRestoreFirst: entry({
    en: () => 'The workspace is damaged; restore a backup first.',
    ru: () => 'Рабочая область повреждена; сначала восстановите резервную копию.',
    ky: () => 'Иш мейкиндиги бузулган; адегенде камдык көчүрмөнү калыбына келтириңиз.',
  }),
  damaged: entry<{ reason: string }>({
    en: (p) => `The workspace file is damaged (${p.reason}). Restore a backup to continue.`,
    ru: (p) => `Файл рабочей области повреждён (${p.reason}). Чтобы продолжить, восстановите резервную копию.`,
    ky: (p) => `Иш мейкиндигинин файлы бузулган (${p.reason}). Улантуу үчүн камдык көчүрмөнү калыбына келтириңиз.`,
  }),
  busy: entry({
    en: () => 'The workspace is busy: another program is writing to it. Try again when it has finished.',
    ru: () => 'Рабочая область занята: в неё записывает другая программа. Повторите попытку, когда она закончит.',
    ky: () => 'Иш мейкиндиги бош эмес: ага башка программа жазып жатат. Ал бүткөндө кайра аракет кылыңыз.',
  }),
  noWorkspaceAt: entry<{ path: string }>({
    en: (p) => `No workspace at ${p.path}: create one with "init".`,
    ru: (p) => `По пути ${p.path} рабочей области нет: создайте её командой «init».`,
    ky: (p) => `${p.path} жолунда иш мейкиндиги жок: аны «init» буйругу менен түзүңүз.`,
  }),
  notAWorkspace: entry<{ path: string }>({
    en: (p) => `${p.path} is not a Treaty Desk workspace.`,
    ru: (p) => `${p.path} не является рабочей областью Treaty Desk.`,
    ky: (p) => `${p.path} — Treaty Desk’тин иш мейкиндиги эмес.`,
  }),
  notInitialised: entry({
    en: () => 'This file is not a Treaty Desk workspace yet: create one with "init".',
    ru: () => 'Этот файл ещё не является рабочей областью Treaty Desk: создайте её командой «init».',
    ky: () => 'Бул файл азырынча Treaty Desk’тин иш мейкиндиги эмес: аны «init» буйругу менен түзүңүз.',
  }),
  newerSchema: entry<{ current: number; newest: number }>({
    en: (p) => `This workspace was written by a newer Treaty Desk (schema ${p.current}; this app knows up to ${p.newest}). Update the app to open it.`,
    ru: (p) => `Эта рабочая область создана более новой версией Treaty Desk (схема ${p.current}; это приложение знает схемы до ${p.newest}). Чтобы открыть её, обновите приложение.`,
    ky: (p) => `Бул иш мейкиндигин Treaty Desk’тин жаңыраак версиясы жазган (схемасы ${p.current}; бул тиркеме эң көп ${p.newest}-схемага чейин билет). Аны ачуу үчүн тиркемени жаңыртыңыз.`,
  }),

  // The list of issues, answers, statuses, assignments, comments and revisions.
  noNode: entry<{ ref: string }>({
    en: (p) => `There is no paragraph or sub-item "${p.ref}" in this list of issues.`,
    ru: (p) => `В этом перечне вопросов нет пункта или подпункта «${p.ref}».`,
    ky: (p) => `Бул маселелердин тизмесинде «${p.ref}» пункту же пунктчасы жок.`,
  }),
  notParagraph: entry<{ ref: string }>({
    en: (p) => `"${p.ref}" is not a numbered paragraph.`,
    ru: (p) => `«${p.ref}» не является нумерованным пунктом.`,
    ky: (p) => `«${p.ref}» — номерленген пункт эмес.`,
  }),
  headingNoAnswer: entry<{ ref: string }>({
    en: (p) => `"${p.ref}" is a heading; answers belong to paragraphs and sub-items.`,
    ru: (p) => `«${p.ref}» — заголовок; ответы даются на пункты и подпункты.`,
    ky: (p) => `«${p.ref}» — аталыш; жооптор пункттарга жана пунктчаларга берилет.`,
  }),
  headingNoStatus: entry<{ ref: string }>({
    en: (p) => `"${p.ref}" is a heading; only answers have a status.`,
    ru: (p) => `«${p.ref}» — заголовок; статус есть только у ответов.`,
    ky: (p) => `«${p.ref}» — аталыш; статус жоопторго гана болот.`,
  }),
  headingNoComments: entry<{ ref: string }>({
    en: (p) => `"${p.ref}" is a heading; comments belong to answers.`,
    ru: (p) => `«${p.ref}» — заголовок; комментарии относятся к ответам.`,
    ky: (p) => `«${p.ref}» — аталыш; комментарийлер жоопторго тиешелүү.`,
  }),
  assignParagraphsOnly: entry<{ ref: string }>({
    en: (p) => `Institutions are assigned to numbered paragraphs, not to "${p.ref}".`,
    ru: (p) => `Учреждения назначаются на нумерованные пункты, а не на «${p.ref}».`,
    ky: (p) => `Мекемелер «${p.ref}» үчүн эмес, номерленген пункттарга дайындалат.`,
  }),
  commentEmpty: entry({
    en: () => 'A comment cannot be empty.',
    ru: () => 'Комментарий не может быть пустым.',
    ky: () => 'Комментарий бош болушу мүмкүн эмес.',
  }),
  noComment: entry<{ id: number }>({
    en: (p) => `There is no comment ${p.id}.`,
    ru: (p) => `Комментария ${p.id} нет.`,
    ky: (p) => `${p.id} комментарийи жок.`,
  }),
  noRevision: entry<{ id: string }>({
    en: (p) => `There is no revision ${p.id} in this workspace.`,
    ru: (p) => `В этой рабочей области нет версии ${p.id}.`,
    ky: (p) => `Бул иш мейкиндигинде ${p.id} версиясы жок.`,
  }),
  revisionElsewhere: entry<{ revision: string; owner: string; ref: string }>({
    en: (p) => `Revision ${p.revision} belongs to ${p.owner}, not to ${p.ref}.`,
    ru: (p) => `Версия ${p.revision} относится к ${p.owner}, а не к ${p.ref}.`,
    ky: (p) => `${p.revision} версиясы ${p.ref} эмес, ${p.owner} жообуна тиешелүү.`,
  }),
  tableIdTaken: entry<{ id: string }>({
    en: (p) => `The answer already has a table with id ${p.id}.`,
    ru: (p) => `В ответе уже есть таблица с идентификатором ${p.id}.`,
    ky: (p) => `Жоопто ${p.id} идентификатору бар таблица мурунтан эле бар.`,
  }),
  tableInvalid: entry<{ reason: string }>({
    en: (p) => `The table cannot be stored: ${p.reason}`,
    ru: (p) => `Таблицу не удаётся сохранить: ${p.reason}`,
    ky: (p) => `Таблицаны сактоого болбойт: ${p.reason}`,
  }),

  // Resolving a conflict.
  noConflict: entry<{ id: string }>({
    en: (p) => `There is no conflict ${p.id} in this workspace.`,
    ru: (p) => `В этой рабочей области нет конфликта ${p.id}.`,
    ky: (p) => `Бул иш мейкиндигинде ${p.id} карама-каршылыгы жок.`,
  }),
  conflictResolved: entry({
    en: () => 'This conflict is already resolved.',
    ru: () => 'Этот конфликт уже разрешён.',
    ky: () => 'Бул карама-каршылык мурунтан эле чечилген.',
  }),
  passageChanged: entry({
    en: () => 'This passage has changed since the conflict was found; it is no longer open.',
    ru: () => 'Этот фрагмент изменился после того, как был обнаружен конфликт; конфликт больше не открыт.',
    ky: () => 'Карама-каршылык табылгандан бери бул үзүндү өзгөрдү; ал мындан ары ачык эмес.',
  }),
  editNeedsContent: entry({
    en: () => 'Give the rewritten passage to resolve by editing.',
    ru: () => 'Чтобы разрешить конфликт правкой, введите согласованный текст фрагмента.',
    ky: () => 'Өзгөртүү менен чечүү үчүн үзүндүнүн макулдашылган текстин жазыңыз.',
  }),
  editNeedsValue: entry({
    en: () => 'Give the value to resolve by editing.',
    ru: () => 'Чтобы разрешить конфликт правкой, введите согласованное значение.',
    ky: () => 'Өзгөртүү менен чечүү үчүн макулдашылган маанини жазыңыз.',
  }),
  cellOneValue: entry({
    en: () => 'A table cell holds one value: keep mine, keep theirs, or edit it.',
    ru: () => 'В ячейке таблицы может быть только одно значение: оставьте мою версию, их версию или измените его.',
    ky: () => 'Таблицанын уячасында бир гана маани болот: меникин же алардыкын калтырыңыз, же аны өзгөртүңүз.',
  }),
  wholeRowOneSide: entry({
    en: () => 'A whole row or column is resolved by keeping one side.',
    ru: () => 'Конфликт в целой строке или столбце разрешается сохранением одной из версий.',
    ky: () => 'Бүтүн катардагы же мамычадагы карама-каршылык версиялардын бирин калтыруу менен чечилет.',
  }),
  resolutionInvalid: entry<{ reason: string }>({
    en: (p) => `That resolution would leave the answer invalid: ${p.reason}`,
    ru: (p) => `После такого разрешения ответ стал бы некорректным: ${p.reason}`,
    ky: (p) => `Мындай чечимден кийин жооп туура эмес болуп калмак: ${p.reason}`,
  }),

  // Exporting the final report.
  reportNotReady: entry<NotReady>({
    en: (p) => notReady(p, 'en'),
    ru: (p) => notReady(p, 'ru'),
    ky: (p) => notReady(p, 'ky'),
  }),
};

/** A list after a colon begins in lower case in Russian and Kyrgyz. */
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** The refusal of a final export: each problem with the first paragraph it concerns. */
function notReady(p: NotReady, lang: Lang): string {
  const lines: string[] = [];
  const first = (line: string, label: string) =>
    lang === 'en' ? `${line} (first: paragraph ${label})` : lang === 'ru' ? `${line} (первый — пункт ${label})` : `${line} (биринчиси — ${label}-пункт)`;
  const count = (n: number) => (lang === 'ky' ? num(n, 'ky') : formatCount(n, lang));
  if (lang === 'ky') {
    if (p.unanswered) lines.push(first(`Жообу жок пункттар жана пунктчалар: ${count(p.unanswered)}`, p.unansweredFirst));
    if (p.conflicts) lines.push(first(`Бириктирүүдөгү чечиле элек карама-каршылыктар: ${count(p.conflicts)}`, p.conflictsFirst));
    if (p.notApproved) lines.push(first(`Азырынча бекитилбеген жооптор: ${count(p.notApproved)}`, p.notApprovedFirst));
  } else {
    const s = REPORT_STRINGS[lang];
    if (p.unanswered) lines.push(first(s.draftUnanswered(count(p.unanswered)), p.unansweredFirst));
    if (p.conflicts) lines.push(first(s.draftConflicts(count(p.conflicts)), p.conflictsFirst));
    if (p.notApproved) lines.push(first(s.draftNotApproved(count(p.notApproved)), p.notApprovedFirst));
  }
  if (p.notApproved && p.reworded) {
    const i = lines.length - 1;
    lines[i] +=
      lang === 'en'
        ? `, ${p.reworded} of them answering a question that a re-imported list of issues changed (first: paragraph ${p.rewordedFirst}): read each against its new question and approve it again`
        : lang === 'ru'
          ? `, из них ${ruPlural(p.reworded, 'отвечает', 'отвечают', 'отвечают')} на вопрос, изменённый при повторном импорте перечня вопросов (первый — пункт ${p.rewordedFirst}): сверьте каждый с новым вопросом и утвердите заново`
          : `, алардын ${num(p.reworded, 'ky')} жообу маселелердин тизмеси кайра импорттолгондо өзгөргөн суроого жооп берет (биринчиси — ${p.rewordedFirst}-пункт): ар бирин жаңы суроо менен салыштырып, кайра бекитиңиз`;
  }
  lines.push(...overLines(p.over, lang));
  const list = lines.join('; ');
  if (lang === 'ru') return `Доклад не готов: ${lowerFirst(list)}. Устраните эти замечания или экспортируйте доклад как проект.`;
  if (lang === 'ky') return `Баяндама даяр эмес: ${lowerFirst(list)}. Буларды оңдоңуз же баяндаманы долбоор катары экспорттоңуз.`;
  return `The report is not ready: ${list}. Resolve these, or export it as a draft.`;
}
