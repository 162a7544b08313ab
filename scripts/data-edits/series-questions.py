# One-off edit (issue 9): 2026 tariff steps and flights, open questions, `updated`.
import json
P='data/dataset.json'; d=json.load(open(P))
def L(en, es): return {'en':en,'es':es}
def c(s, x=None): return {'source':s, **({'excerpt':x} if x else {})}
def src(id, publisher, title, published, language, kind, grade, origin='original', url=None, copyOf=None, copyKind=None, notes=None):
  s={'id':id,'publisher':publisher,'title':title,'published':published,'language':language,'kind':kind}
  if url: s['url']=url
  if notes: s['notes']=notes
  s['grade']=grade; s['origin']=origin
  if copyOf: s['copyOf']=copyOf; s['copyKind']=copyKind
  if not url: s['noLinkReason']='not-recorded'
  d['sources'].append(s)
src('tradecompliance-2026-07-03','TradeComplianceSoftware.org','SCOTUS IEEPA tariff ruling: what importers need to know (title taken from the URL)','2026-07-03','en','blog','C',url='https://tradecompliancesoftware.org/blog/scotus-ieepa-tariff-ruling-importers',notes='Explainer "Updated July 3, 2026".')
T=d['series']['tariffs']
SCOPE=L('Section 122 global import surcharge (all countries, Colombia included)','Recargo global a las importaciones de la Sección 122 (todos los países, incluida Colombia)')
T += [
 {'id':'tariff-2026-05-07-us-section-122-ruled-unlawful','date':'2026-05-07','imposer':'US','rate':10,'status':'in-force','scope':SCOPE,
  'note':L('Ruled unlawful by the Court of International Trade, for the plaintiff importers only; for all other importers, Colombian goods included, the 10% stays in effect. Appealed on 8 May.','El Tribunal de Comercio Internacional lo declara ilegal solo para los importadores demandantes; para los demás, incluidos los productos colombianos, el 10 % sigue vigente. Apelado el 8 de mayo.'),
  'event':'2026-05-07-trade-court-ruling','citations':[c('kelleydrye-2026-05','On May 7, 2026, in a 2-1 decision by a three-judge panel of U.S. Court of International Trade, the court held unlawful President Trump’s imposition of 10% tariffs under Section 122 of the Trade Act of 1974.'),c('bakermckenzie-2026-05-08','For all other importers, the 10% duty remains in effect at this point.')]},
 {'id':'tariff-2026-06-11-us-section-122-stay','date':'2026-06-11','imposer':'US','rate':10,'status':'in-force','scope':SCOPE,
  'note':L('The appeals court lets the government keep collecting it pending appeal. Set to lapse on 24 July 2026; what happened then was not found, so nothing is drawn after that date. Still described as in place on 3 July (one low-grade source).','El tribunal de apelaciones permite seguir cobrándolo mientras se resuelve la apelación. Vence el 24 de julio de 2026; no se encontró qué pasó entonces, así que no se dibuja nada después. Todavía se describía como vigente el 3 de julio (una fuente de baja calidad).'),
  'event':'2026-06-11-appeals-court-stay','citations':[c('ap-mb-2026-06-12','The U.S. government can continue collecting the 10% worldwide tariff it imposed in February while legal challenges to the levies continue to work their way through the courts, a federal court ruled Thursday.'),c('ap-mb-2026-06-12','The new tariffs, invoked under Section 122 of the Trade Act of 1974, are set to expire July 24.'),c('tradecompliance-2026-07-03')]},
]
src('infobae-2026-01-31','Infobae','Colombia completó el regreso de más de 6.000 deportados desde Estados Unidos: primer vuelo de 2026 llegó a Bogotá (title taken from the URL)','2026-01-31','es','news','A',url='https://www.infobae.com/colombia/2026/01/31/colombia-completo-el-regreso-de-mas-de-6000-deportados-desde-estados-unidos-primer-vuelo-de-2026-llego-a-bogota/')
src('caracol-radio-2026-01-31','Caracol Radio','Más de 100 colombianos deportados de EE. UU. llegaron a Bogotá en un vuelo de la Fuerza Aeroespacial (title taken from the URL)','2026-01-31','es','news','A',url='https://caracol.com.co/2026/01/31/mas-de-100-colombianos-deportados-de-eeuu-llegaron-a-bogota-en-un-vuelo-de-la-fuerza-aeroespacial/')
src('ntn24-2026-02-06','NTN24','Report on the repatriation flight of 5 February 2026 (headline not recorded)','2026-02-06','es','news','A',notes='Quotes the Colombian Foreign Ministry.')
src('diariohuarpe-2026-02-21','Diario Huarpe','Llegaron a Bogotá 110 colombianos deportados desde Estados Unidos (title taken from the URL)','2026-02-21','es','news','B',url='https://www.diariohuarpe.com/nota/llegaron-a-bogota-110-colombianos-deportados-desde-estados-unidos-202622110360',notes='The same text appears in MDZ (mdzol.com), 21 Feb 2026.')
F=d['series']['deportationFlights']
FAC='Colombian Air Force'
F += [
 {'id':'flights-2026-01-29-fac','period':'2026-01-29','flights':1,'people':109,'operator':FAC,
  'note':L('The first Air Force flight of 2026, Alexandria (Louisiana) to Bogotá: 90 men and 19 women. The "59 flights" and "6,047 passengers" in the same reports are totals since January 2025, not 2026 figures.','El primer vuelo de la Fuerza Aeroespacial en 2026, de Alexandria (Luisiana) a Bogotá: 90 hombres y 19 mujeres. Los "59 vuelos" y "6.047 pasajeros" de las mismas notas son totales desde enero de 2025, no cifras de 2026.'),
  'citations':[c('infobae-2026-01-31'),c('caracol-radio-2026-01-31','Con esta misión, la FAC completa 59 vuelos humanitarios, en los que ha transportado 6.047 pasajeros')]},
 {'id':'flights-2026-02-05-fac','period':'2026-02-05','flights':1,'people':101,'operator':FAC,
  'note':L('28 women, 72 men and one minor; the first flight after the 3 February White House meeting.','28 mujeres, 72 hombres y un menor; el primer vuelo tras la reunión del 3 de febrero en la Casa Blanca.'),
  'citations':[c('ntn24-2026-02-06')]},
 {'id':'flights-2026-02-20-fac','period':'2026-02-20','flights':1,'people':110,'operator':FAC,
  'note':L('Six minors among them. The day comes from "este viernes" in reports of 21 February. Flights after 20 February 2026 were not found.','Entre ellos, seis menores. El día se deduce de "este viernes" en notas del 21 de febrero. No se encontraron vuelos posteriores al 20 de febrero de 2026.'),
  'citations':[c('diariohuarpe-2026-02-21','Un total de 110 colombianos deportados desde Estados Unidos, entre ellos seis menores de edad, regresaron este viernes a Bogotá')]},
]
OQ=[
 ('trump-endorsement-words','What exactly did Trump say when he endorsed De la Espriella, where and when? Did Petro or his government answer?','¿Qué dijo exactamente Trump al respaldar a De la Espriella, dónde y cuándo? ¿Respondieron Petro o su Gobierno?','Only aggregators paraphrase the endorsement; no post, statement or wire quote was found.','Solo agregadores parafrasean el respaldo; no se encontró ninguna publicación, declaración ni cita de agencia.'),
 ('cne-declaration','Did the National Electoral Council formally declare De la Espriella president-elect, and when?','¿Declaró formalmente el Consejo Nacional Electoral presidente electo a De la Espriella, y cuándo?','Only low-grade sources report it (24 June, credentials on 25 June), and one cites EFE as saying no date had been given.','Solo lo publican fuentes de baja calidad (24 de junio, credenciales el 25), y una cita a EFE diciendo que no se había dado fecha.'),
 ('petro-accepts-result','When and how did Petro accept the official result?','¿Cuándo y cómo aceptó Petro el resultado oficial?','One aggregator reports that he accepted it "to avoid violence"; the date and his Spanish words were not found.','Un agregador informa que lo aceptó "para evitar la violencia"; no se encontraron la fecha ni sus palabras en español.'),
 ('inauguration','Was De la Espriella sworn in on 7 August 2026 as scheduled, and who represented the United States?','¿Se posesionó De la Espriella el 7 de agosto de 2026 como estaba previsto, y quién representó a Estados Unidos?','Only the scheduled date was found; nothing after mid-July 2026 is covered.','Solo se encontró la fecha prevista; no hay nada posterior a mediados de julio de 2026.'),
 ('new-government-us','What did the new government do toward the United States: extraditions, aerial spraying, strikes with US support, deportation flights, a visit to Washington?','¿Qué hizo el nuevo Gobierno frente a Estados Unidos: extradiciones, aspersión aérea, bombardeos con apoyo de EE. UU., vuelos de deportados, una visita a Washington?','No source after the runoff was found on any of these.','No se encontró ninguna fuente posterior a la segunda vuelta sobre estos temas.'),
 ('surcharge-after-july','Did the 10% surcharge lapse on 24 July 2026? Did another tariff replace it for Colombian goods? How did the appeals court rule on the merits?','¿Venció el recargo del 10 % el 24 de julio de 2026? ¿Lo reemplazó otro arancel para los productos colombianos? ¿Cómo falló de fondo el tribunal de apelaciones?','The latest item found is of 3 July 2026; the outcome was not found.','El dato más reciente encontrado es del 3 de julio de 2026; no se encontró el desenlace.'),
 ('certification-2026','Was Colombia certified, decertified or decertified with a waiver in the September 2026 drug-policy determination?','¿Fue Colombia certificada, descertificada o descertificada con dispensa en la determinación antidrogas de septiembre de 2026?','The determination was not found.','No se encontró la determinación.'),
 ('petro-sanctions-visa','Is Petro still on the OFAC list ("Lista Clinton")? What is his US visa status after the special visa of 1–5 February 2026?','¿Sigue Petro en la lista de la OFAC (la "Lista Clinton")? ¿Cuál es su situación de visa en EE. UU. después de la visa especial del 1 al 5 de febrero de 2026?','In February 2026 the US reportedly left any decision until after the elections; nothing later was found.','En febrero de 2026, EE. UU. habría dejado cualquier decisión para después de las elecciones; no se encontró nada posterior.'),
 ('flights-after-february','How many repatriation flights ran after 20 February 2026? Was the plan of 20 weekly flights completed?','¿Cuántos vuelos de repatriación hubo después del 20 de febrero de 2026? ¿Se cumplió el plan de 20 vuelos semanales?','No flight count after 20 February 2026 was found, and two Air Force running totals (44 flights by 18 November 2025, 59 by 29 January 2026) have not been reconciled.','No se encontró ningún conteo de vuelos posterior al 20 de febrero de 2026, y dos totales de la Fuerza Aeroespacial (44 vuelos al 18 de noviembre de 2025, 59 al 29 de enero de 2026) no se han conciliado.'),
 ('aid-fy2026-fy2027','What are the final FY2026 US aid total for Colombia and the FY2027 request or appropriation?','¿Cuál es el total final de la ayuda de EE. UU. a Colombia para el año fiscal 2026, y cuál la solicitud o asignación para 2027?','Only two FY2026 earmarks (US$25 million and US$15 million) were found.','Solo se encontraron dos partidas del año fiscal 2026 (25 y 15 millones de dólares).'),
 ('boat-strikes-2026','Did US strikes on boats near Colombia continue after March 2026, and with how many deaths?','¿Continuaron los ataques de EE. UU. contra lanchas cerca de Colombia después de marzo de 2026, y con cuántos muertos?','No report after March 2026 was found.','No se encontró ningún informe posterior a marzo de 2026.'),
 ('final-results','What are the final scrutiny figures for both rounds (votes, turnout, blank votes)?','¿Cuáles son las cifras finales del escrutinio de ambas vueltas (votos, participación, voto en blanco)?','Only preliminary counts were found in reliable sources; the later figures from low-grade sources conflict.','En fuentes confiables solo se encontraron cifras del preconteo; las posteriores, de fuentes de baja calidad, no coinciden.'),
]
d['openQuestions']=[{'id':i,'question':L(qe,qs),'why':L(we,ws)} for i,qe,qs,we,ws in OQ]
d['updated']='2026-07-03'
json.dump(d, open(P,'w'), ensure_ascii=False, indent=2); open(P,'a').write('\n')
print('ok')
