// What the core says about signing keys, passphrases, invitations, joining and trusting keys, in
// each language. (Why verification refused a bundle is in bundle-refusals.ts; these are the
// refusals around it.)
import { entry, num, ruPlural, tenth } from './format';

type Name = { name: string };

export const bundleMessages = {
  passphraseNeeded: entry({
    en: () => 'A passphrase is needed to use this workspace\'s signing key.',
    ru: () => 'Для использования ключа подписи этой рабочей области необходим пароль.',
    ky: () => 'Бул иш мейкиндигинин кол коюу ачкычын колдонуу үчүн сырсөз керек.',
  }),
  passphraseShort: entry<{ min: number }>({
    en: (p) => `Choose a passphrase of at least ${num(p.min, 'en')} characters.`,
    ru: (p) => `Выберите пароль длиной не менее ${ruPlural(p.min, 'символа', 'символов', 'символов')}.`,
    ky: (p) => `Кеминде ${num(p.min, 'ky')} белгиден турган сырсөз тандаңыз.`,
  }),
  wrongPassphrase: entry({
    en: () => 'Wrong passphrase: the signing key could not be unlocked.',
    ru: () => 'Неверный пароль: не удалось разблокировать ключ подписи.',
    ky: () => 'Сырсөз туура эмес: кол коюу ачкычы ачылган жок.',
  }),
  keyExists: entry({
    en: () => 'This workspace already has a signing key.',
    ru: () => 'У этой рабочей области уже есть ключ подписи.',
    ky: () => 'Бул иш мейкиндигинин кол коюу ачкычы мурунтан эле бар.',
  }),
  noKey: entry({
    en: () => 'This workspace has no signing key yet.',
    ru: () => 'У этой рабочей области ещё нет ключа подписи.',
    ky: () => 'Бул иш мейкиндигинин азырынча кол коюу ачкычы жок.',
  }),
  coordinatorKeyFixed: entry({
    en: () => 'The coordinating ministry\'s key cannot be replaced here: every institution has bound it.',
    ru: () => 'Ключ координирующего министерства здесь заменить нельзя: к нему привязаны все учреждения.',
    ky: () => 'Координациялоочу министрликтин ачкычын бул жерде алмаштырууга болбойт: аны бардык мекемелер байлап алган.',
  }),
  coordinatorOnly: entry({
    en: () => 'Only the coordinating ministry can do this; this workspace drafts for it.',
    ru: () => 'Это может сделать только координирующее министерство; эта рабочая область готовит ответы для него.',
    ky: () => 'Муну координациялоочу министрлик гана жасай алат; бул иш мейкиндиги ал үчүн жооп даярдайт.',
  }),
  trustCoordinatorOnly: entry({
    en: () => 'Only the coordinating ministry binds institutions to keys.',
    ru: () => 'Привязывать учреждения к ключам может только координирующее министерство.',
    ky: () => 'Мекемелерди ачкычтарга координациялоочу министрлик гана байлайт.',
  }),
  noInstitution: entry<Name>({
    en: (p) => `No institution named "${p.name}" in this workspace; invite it first.`,
    ru: (p) => `В этой рабочей области нет учреждения «${p.name}»; сначала пригласите его.`,
    ky: (p) => `Бул иш мейкиндигинде «${p.name}» деген мекеме жок; адегенде аны чакырыңыз.`,
  }),
  notDrafting: entry<Name>({
    en: (p) => `"${p.name}" is not a drafting institution of this workspace.`,
    ru: (p) => `«${p.name}» не является учреждением-исполнителем этой рабочей области.`,
    ky: (p) => `«${p.name}» бул иш мейкиндигинин аткаруучу мекемеси эмес.`,
  }),
  inviteSelf: entry<Name>({
    en: (p) => `"${p.name}" is this workspace's own institution.`,
    ru: (p) => `«${p.name}» — собственное учреждение этой рабочей области.`,
    ky: (p) => `«${p.name}» — бул иш мейкиндигинин өз мекемеси.`,
  }),
  fingerprintFormat: entry({
    en: () => 'A fingerprint is 25 digits in five groups, e.g. "12345 67890 12345 67890 12345".',
    ru: () => 'Отпечаток состоит из 25 цифр в пяти группах, например «12345 67890 12345 67890 12345».',
    ky: () => 'Ачкычтын изи беш топко бөлүнгөн 25 сандан турат, мисалы: «12345 67890 12345 67890 12345».',
  }),
  keyNotSeen: entry<Name & { fingerprint: string }>({
    en: (p) => `No bundle signed with fingerprint ${p.fingerprint} has arrived from ${p.name}. Import their bundle first (it is refused until you trust the key), then trust it.`,
    ru: (p) => `От учреждения «${p.name}» не поступало пакета, подписанного ключом с отпечатком ${p.fingerprint}. Сначала импортируйте его пакет (он отклоняется, пока вы не доверяете ключу), а затем подтвердите ключ.`,
    ky: (p) => `«${p.name}» мекемесинен ${p.fingerprint} изи бар ачкыч менен кол коюлган пакет келген жок. Адегенде анын пакетин импорттоңуз (ачкычка ишенмейинче ал четке кагылат), андан кийин ачкычты ырастаңыз.`,
  }),
  keyRevoked: entry({
    en: () => 'That key was revoked; a revoked key is never trusted again. Ask the institution to make a new key.',
    ru: () => 'Этот ключ отозван; отозванному ключу больше никогда не доверяют. Попросите учреждение создать новый ключ.',
    ky: () => 'Бул ачкыч кайтарылып алынган; кайтарылып алынган ачкычка эч качан кайра ишенилбейт. Мекемеден жаңы ачкыч түзүүнү сураныңыз.',
  }),
  keyOfAnother: entry({
    en: () => 'That key is already bound to another institution.',
    ru: () => 'Этот ключ уже привязан к другому учреждению.',
    ky: () => 'Бул ачкыч башка мекемеге мурунтан эле байланган.',
  }),
  nothingToRevoke: entry<Name>({
    en: (p) => `${p.name} has no trusted key to revoke.`,
    ru: (p) => `У учреждения «${p.name}» нет доверенного ключа, который можно было бы отозвать.`,
    ky: (p) => `«${p.name}» мекемесинин кайтарып ала турган ишенимдүү ачкычы жок.`,
  }),
  paragraphsNone: entry({
    en: () => 'Name the paragraphs, e.g. "5,13-17".',
    ru: () => 'Укажите пункты, например «5,13-17».',
    ky: () => 'Пункттарды көрсөтүңүз, мисалы: «5,13-17».',
  }),
  paragraphSpec: entry<{ part: string }>({
    en: (p) => `"${p.part}" is not a paragraph number or range such as 13-17.`,
    ru: (p) => `«${p.part}» — не номер пункта и не диапазон вида 13-17.`,
    ky: (p) => `«${p.part}» — пункттун номери да, 13-17 сыяктуу аралык да эмес.`,
  }),
  rangeBackwards: entry<{ part: string }>({
    en: (p) => `The range "${p.part}" runs backwards.`,
    ru: (p) => `В диапазоне «${p.part}» начало больше конца.`,
    ky: (p) => `«${p.part}» аралыгынын башы аягынан чоң.`,
  }),
  noParagraph: entry<{ paragraph: number; count: number }>({
    en: (p) => `There is no paragraph ${num(p.paragraph, 'en')} in this list of issues (it has ${num(p.count, 'en')}).`,
    ru: (p) => `В этом перечне вопросов нет пункта ${num(p.paragraph, 'ru')} (в нём ${ruPlural(p.count, 'пункт', 'пункта', 'пунктов')}).`,
    ky: (p) => `Бул маселелердин тизмесинде ${num(p.paragraph, 'ky')}-пункт жок (анда ${num(p.count, 'ky')} пункт бар).`,
  }),
  joinHoldsWork: entry({
    en: () => 'This workspace already holds work; join in a new workspace file instead.',
    ru: () => 'В этой рабочей области уже ведётся работа; присоединитесь в новом файле рабочей области.',
    ky: () => 'Бул иш мейкиндигинде мурунтан эле иш бар; анын ордуна жаңы иш мейкиндиги файлында кошулуңуз.',
  }),
  notJoined: entry({
    en: () => 'This workspace has not joined a reporting workspace: join from an invitation first.',
    ru: () => 'Эта рабочая область не присоединена к рабочей области доклада: сначала присоединитесь по приглашению.',
    ky: () => 'Бул иш мейкиндиги баяндаманын иш мейкиндигине кошула элек: адегенде чакыруу боюнча кошулуңуз.',
  }),
  tooLarge: entry<{ mb: number; max: number }>({
    en: (p) => `This bundle would be ${tenth(p.mb, 'en')} MB, over the ${num(p.max, 'en')} MB a workspace accepts.`,
    ru: (p) => `Размер этого пакета составил бы ${tenth(p.mb, 'ru')} МБ — больше предела в ${num(p.max, 'ru')} МБ, который принимает рабочая область.`,
    ky: (p) => `Бул пакеттин көлөмү ${tenth(p.mb, 'ky')} МБ болмок, бул иш мейкиндиги кабыл ала турган ${num(p.max, 'ky')} МБдан ашык.`,
  }),
};
