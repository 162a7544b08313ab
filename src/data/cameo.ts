/**
 * CAMEO event codes used by the dataset, with their Goldstein (1992) weights as tabulated in
 * GDELT's CAMEO.goldsteinscale.txt (−10 most hostile … +10 most cooperative).
 * The table is the one in shared/design/dataset.md; a code outside it is a data error.
 */
export const GOLDSTEIN: Readonly<Record<string, number>> = {
  '010': 0.0, // make statement
  '030': 4.0, // express intent to cooperate
  '036': 4.0, // express intent to meet or negotiate
  '037': 5.0, // express intent to settle dispute
  '042': 1.9, // make a visit
  '043': 2.8, // host a visit
  '046': 7.0, // engage in negotiation
  '051': 3.4, // praise or endorse
  '057': 8.0, // sign formal agreement
  '070': 7.0, // provide aid
  '0832': 5.0, // accede to demands for change in policy
  '085': 7.0, // ease economic sanctions, boycott, embargo
  '111': -2.0, // criticize or denounce
  '120': -4.0, // reject
  '125': -5.0, // reject proposal to meet
  '130': -4.4, // threaten
  '1311': -5.8, // threaten to reduce or stop aid
  '1312': -5.8, // threaten to boycott, embargo or sanction
  '138': -7.0, // threaten to use military force
  '161': -4.0, // reduce or break diplomatic relations
  '162': -5.6, // reduce or stop material aid
  '163': -8.0, // impose embargo, boycott or sanctions
  '172': -5.0, // impose administrative sanctions
  '173': -5.0, // arrest, detain or charge with legal action
  '174': -5.0, // expel or deport individuals
  '181': -9.0, // abduct, hijack or take hostage
  '190': -10.0, // use conventional military force
};

export const CAMEO_LABELS: Readonly<Record<string, { en: string; es: string }>> = {
  '010': { en: 'Make statement', es: 'Hacer una declaración' },
  '030': { en: 'Express intent to cooperate', es: 'Expresar intención de cooperar' },
  '036': { en: 'Express intent to meet or negotiate', es: 'Expresar intención de reunirse o negociar' },
  '037': { en: 'Express intent to settle dispute', es: 'Expresar intención de resolver la disputa' },
  '042': { en: 'Make a visit', es: 'Hacer una visita' },
  '043': { en: 'Host a visit', es: 'Recibir una visita' },
  '046': { en: 'Engage in negotiation', es: 'Negociar' },
  '051': { en: 'Praise or endorse', es: 'Elogiar o respaldar' },
  '057': { en: 'Sign formal agreement', es: 'Firmar un acuerdo formal' },
  '070': { en: 'Provide aid', es: 'Prestar ayuda' },
  '0832': { en: 'Accede to demands for change in policy', es: 'Ceder a exigencias de cambio de política' },
  '085': { en: 'Ease economic sanctions', es: 'Aliviar sanciones económicas' },
  '111': { en: 'Criticize or denounce', es: 'Criticar o denunciar' },
  '120': { en: 'Reject', es: 'Rechazar' },
  '125': { en: 'Reject proposal to meet', es: 'Rechazar una propuesta de reunión' },
  '130': { en: 'Threaten', es: 'Amenazar' },
  '1311': { en: 'Threaten to reduce or stop aid', es: 'Amenazar con reducir o suspender la ayuda' },
  '1312': { en: 'Threaten to boycott, embargo or sanction', es: 'Amenazar con boicot, embargo o sanciones' },
  '138': { en: 'Threaten to use military force', es: 'Amenazar con usar la fuerza militar' },
  '161': { en: 'Reduce or break diplomatic relations', es: 'Reducir o romper relaciones diplomáticas' },
  '162': { en: 'Reduce or stop material aid', es: 'Reducir o suspender la ayuda material' },
  '163': { en: 'Impose embargo, boycott or sanctions', es: 'Imponer embargo, boicot o sanciones' },
  '172': { en: 'Impose administrative sanctions', es: 'Imponer sanciones administrativas' },
  '173': { en: 'Arrest, detain or charge', es: 'Arrestar, detener o acusar' },
  '174': { en: 'Expel or deport individuals', es: 'Expulsar o deportar personas' },
  '181': { en: 'Abduct or take hostage', es: 'Secuestrar o tomar rehenes' },
  '190': { en: 'Use conventional military force', es: 'Usar fuerza militar convencional' },
};
