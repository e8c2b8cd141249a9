// What the core says about this workspace's own institution and its name, in each language.
import { entry } from './format';


export const identityMessages = {
  nameInvalid: entry({
    en: () => 'The institution name must be one line of 1 to 200 characters.',
    ru: () => 'Название учреждения должно быть одной строкой длиной от 1 до 200 символов.',
    ky: () => 'Мекеменин аталышы 1ден 200гө чейинки белгиден турган бир сап болушу керек.',
  }),
  nameReserved: entry<{ name: string }>({
    en: (p) => `"${p.name}" is the name Treaty Desk gives its automatic merges; an institution cannot take it.`,
    ru: (p) => `«${p.name}» — имя, которым Treaty Desk подписывает автоматические слияния; учреждение не может его взять.`,
    ky: (p) => `«${p.name}» — Treaty Desk автоматтык бириктирүүлөрүнө берген аты; мекеме аны ала албайт.`,
  }),
  renameDrafter: entry<{ name: string }>({
    en: (p) => `This workspace drafts for its coordinator, who named it ${p.name} in the invitation.`,
    ru: (p) => `Эта рабочая область готовит ответы для координатора, который назвал её «${p.name}» в приглашении.`,
    ky: (p) => `Бул иш мейкиндиги координатор үчүн жооп даярдайт; координатор аны чакырууда «${p.name}» деп атаган.`,
  }),
  renameSigned: entry<{ name: string; date: string }>({
    en: (p) => `The name can no longer change: an invitation or bundle was signed as ${p.name} on ${p.date}, and the institutions that take it know the ministry by that name.`,
    ru: (p) => `Название уже нельзя изменить: ${p.date} приглашение или пакет был подписан как «${p.name}», и получившие его учреждения знают министерство под этим названием.`,
    ky: (p) => `Аталышты эми өзгөртүүгө болбойт: ${p.date} чакыруу же пакет «${p.name}» катары кол коюлган, аны алган мекемелер министрликти ушул аталыш менен билишет.`,
  }),
};
