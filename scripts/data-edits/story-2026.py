# One-off edit (issue 9): the story from 24 Feb to June 2026, from shared/research/chronology-2026.md.
import json
P='data/dataset.json'; d=json.load(open(P))
def src(id, publisher, title, published, language, kind, grade, origin='original', url=None, copyOf=None, copyKind=None, notes=None, noLink=None):
  s={'id':id,'publisher':publisher,'title':title,'published':published,'language':language,'kind':kind}
  if url: s['url']=url
  if notes: s['notes']=notes
  s['grade']=grade; s['origin']=origin
  if copyOf: s['copyOf']=copyOf; s['copyKind']=copyKind
  if not url: s['noLinkReason']=noLink or 'not-recorded'
  d['sources'].append(s)
LN='La Nación (Argentina)'; LF='longform.social'
src('reuters-lanacion-2026-02-24',LN,'Los nuevos aranceles estadounidenses se aplican a una tasa inferior del 10% (title taken from the URL)','2026-02-24','es','wire','A','copy','https://www.lanacion.com.ar/agencias/los-nuevos-aranceles-estadounidenses-se-aplican-a-una-tasa-inferior-del-10-nid24022026/','Reuters','syndicated')
src('kbzk-2026-02-26','KBZK (Scripps)','After Supreme Court setback, Trump administration officials detail tariff plan (title taken from the URL)','2026-02-26','en','news','B',url='https://www.kbzk.com/politics/the-president/after-supreme-court-setback-trump-administration-officials-detail-tariff-plan')
src('infobae-2026-02-25','Infobae','Gustavo Petro celebró que el Congreso de Estados Unidos reactive las ayudas económicas para Colombia: "Buen trabajo" (title taken from the URL)','2026-02-25','es','news','A',url='https://www.infobae.com/colombia/2026/02/25/gustavo-petro-celebro-que-el-congreso-de-estados-unidos-reactive-las-ayudas-economicas-para-colombia-buen-trabajo/',notes='Dates the approval to a congressional session of 24 Feb 2026; the act was enacted on 3 Feb and 24 Feb is the day of the embassy communiqué.')
src('semana-2026-03-07','Semana','Abelardo de la Espriella se reunió con María Elvira Salazar y Christopher Landau: "Dos grandes amigos de Colombia" (title taken from the URL)','2026-03-07','es','news','A',url='https://www.semana.com/confidenciales/articulo/abelardo-de-la-espriella-se-reunio-con-maria-elvira-salazar-y-christopher-landau-con-dos-grandes-amigos-de-colombia/202612/',notes='National weekly with an anti-Petro editorial line.')
src('reuters-lanacion-2026-03-08',LN,'Colombia elige un Congreso fragmentado y define tres candidatos presidenciales (title taken from the URL)','2026-03-08','es','wire','A','copy','https://www.lanacion.com.ar/agencias/colombia-elige-un-congreso-fragmentado-y-define-tres-candidatos-presidenciales-nid08032026/','Reuters','syndicated',notes='Reuters (Luis Jaime Acosta). Preliminary count (preconteo).')
src('europapress-2026-03-09','Europa Press (notimerica.com)','El partido de Petro, Pacto Histórico, gana las elecciones al Senado colombiano y el uribismo se alza como oposición (title taken from the URL)','2026-03-09','es','wire','A',url='https://www.notimerica.com/politica/noticia-partido-petro-pacto-historico-gana-elecciones-senado-colombiano-uribismo-alza-oposicion-20260309073250.html',notes="Europa Press's own Latin America site.")
src('lasexta-2026-03-09','laSexta','Los resultados de las elecciones en Colombia llevan a Petro a controlar el Senado y elevan al uribismo como oposición (title taken from the URL)','2026-03-09','es','news','A',url='https://www.lasexta.com/noticias/internacional/resultados-elecciones-colombia-llevan-petro-controlar-senado-eleva-uribismo-oposicion_2026030969ae78df6cf703292f69893e.html')
src('caracol-tv-2026-03-09','Noticias Caracol','Lista de senadores elegidos 2026 del Pacto Histórico, el partido del presidente Gustavo Petro: quiénes son (title taken from the URL)','2026-03-09','es','news','A',url='https://www.noticiascaracol.com/politica/elecciones-colombia/lista-de-senadores-elegidos-2026-del-pacto-historico-el-partido-del-presidente-gustavo-petro-quienes-son-rg10')
src('mercopress-es-2026-03-09','MercoPress','Pacto Histórico y Centro Democrático encabezan el Senado colombiano tras las legislativas','2026-03-09','es','news','B',url='https://es.mercopress.com/2026/03/09/pacto-historico-y-centro-democratico-encabezan-el-senado-colombiano-tras-las-legislativas')
src('elheraldo-2026-03-10','El Heraldo','Abelardo de la Espriella anunció al exministro de Hacienda José Manuel Restrepo como su fórmula vicepresidencial (title taken from the URL)','2026-03-10','es','news','A',url='https://www.elheraldo.co/politica/2026/03/10/abelardo-de-la-espriella-anuncio-al-exministro-de-hacienda-jose-manuel-restrepo-como-su-formula-vicepresidencial/')
src('caracol-tv-2026-03-12','Noticias Caracol','José Manuel Restrepo habla tras inscripción de la candidatura de De la Espriella: "dupla ganadora" (title taken from the URL)','2026-03-12','es','news','A',url='https://www.noticiascaracol.com/politica/elecciones-colombia/jose-manuel-restrepo-habla-tras-inscripcion-de-la-candidatura-de-de-la-espriella-dupla-ganadora-rg10')
src('semana-2026-03-10','Semana','¿Quién es José Manuel Restrepo, fórmula vicepresidencial de Abelardo de la Espriella? (title taken from the URL)','2026-03-10','es','news','A',url='https://www.semana.com/politica/articulo/quien-es-jose-manuel-restrepo-formula-vicepresidencial-de-abelardo-de-la-espriella/202646/')
src('newsindiatimes-2026-03-11','News India Times','White House takes first step toward permanent fix for illegal tariffs (title taken from the URL)','2026-03-11','en','news','B',url='https://newsindiatimes.com/white-house-takes-first-step-toward-permanent-fix-for-illegal-tariffs/',notes='A syndicated US text; the original outlet is not named.')
src('livemint-2026-03-12','Mint (livemint.com)','India under US scanner for unfair trade practices: Jamieson Greer announces probes (title taken from the URL)','2026-03-12','en','news','A',url='https://www.livemint.com/news/us-news/india-under-us-scanner-for-unfair-trade-practices-jamieson-greer-announces-probes-warns-new-tariffs-could-be-imposed/amp-11773279542934.html',notes='Cites a Reuters report.')
src('ey-2026-03-12','EY Tax News','USTR initiates Section 301 investigations relating to forced labor','2026-03-12','en','blog','B',url='https://taxnews.ey.com/news/2026-0633-ustr-initiates-section-301-investigations-relating-to-forced-labor')
src('kelleydrye-2026-05','Kelley Drye & Warren','Court of International Trade Holds Section 122 Tariffs Unlawful','2026-05','en','blog','B',url='https://www.kelleydrye.com/viewpoints/blogs/trade-and-manufacturing-monitor/court-of-international-trade-holds-section-122-tariffs-unlawful',notes='Law-firm blog. Day of publication not found; dated to the month of the ruling it reports.')
src('bakermckenzie-2026-05-08','Baker McKenzie (Global Import Blog)','US CIT invalidates Section 122 tariffs (title taken from the URL)','2026-05-08','en','blog','B',url='https://globalimportblog.bakermckenzie.com/2026/05/08/us-cit-invalidates-section-122-tariffs/')
src('chosun-2026-05-08','Chosun Biz (English)','Report on the Court of International Trade ruling on the Section 122 tariffs (headline not recorded)','2026-05-08','en','news','A',url='https://biz.chosun.com/en/en-international/2026/05/08/F5KDCBAXJFELBPNVLLQFLYXNWM/?outputType=amp')
src('mercopress-2026-06-01','MercoPress','Colombia: far-right De la Espriella advances first to runoff as Petro disowns results','2026-06-01','en','news','B','copy','https://longform.social/post/did:plc:xyve4s2uvolzpdz5kwrm7stk/3mn7j2bhha7i2/source','MercoPress',None,notes='Read as the RSS record (headline and summary paragraph) of the en.mercopress.com story, stored on longform.social.')
src('mercopress-2026-06-09','MercoPress',"Colombia's runoff: a united right behind De la Espriella faces a divided left",'2026-06-09','en','news','B','copy','https://longform.social/post/did:plc:xyve4s2uvolzpdz5kwrm7stk/3mntzmlnhl2c2/source','MercoPress',None,notes='Read as the RSS record of the en.mercopress.com story, stored on longform.social.')
src('mercopress-2026-06-22','MercoPress',"De la Espriella wins Colombia's presidency in the preliminary count as Cepeda awaits the tally",'2026-06-22','en','news','B','copy','https://longform.social/post/did:plc:xyve4s2uvolzpdz5kwrm7stk/3moudra5pnrc2/source','MercoPress',None,notes='Read as the RSS record of the en.mercopress.com story, stored on longform.social.')
for s in d['sources']:
  if s['id'].startswith('mercopress-2026-06'): s['publisher']=LF; s['copyKind']='mirror'
src('newswave-reuters-2026-05-31','newswave.blog','Colombian presidential vote headed to run-off between pro-Trump, leftist rivals','2026-05-31','en','wire','C','copy','https://newswave.blog/?p=119030','Reuters','mirror',notes='Reuters text on a mirror whose only attribution is "Source link".')
src('hanna-ai-2026-06-01','news.hanna-ai.com','Colombia election: Petro and the runoff (AI-written summary; headline not recorded)','2026-06','en','news','C',notes='AI-written summary site. Used only to point at a fact.',noLink='not-recorded')
src('ap-mb-2026-06-12','Manila Bulletin','Appeals court says U.S. government can keep collecting 10% tariffs for now','2026-06-12','en','wire','A','copy','https://mb.com.ph/2026/06/12/appeals-court-says-us-government-can-keep-collecting-10-tariffs-for-now','Associated Press','syndicated')
src('taxprof-2026-06-24','TaxProf Blog (AALS)','Federal Circuit permits Section 122 tariffs to proceed (title taken from the URL)','2026-06-24','en','blog','B',url='https://taxprofblog.aals.org/2026/06/24/federal-circuit-permits-section-122-tariffs-to-proceed/')
src('vatcheck-2026-06','VatCheck.io','Section 122 tariff expiration 2026 (guide; title taken from the URL)','2026-06','en','blog','C',url='https://vatcheck.io/guides/section-122-tariff-expiration-2026',notes='Guide updated 3 Jun 2026.')
src('coliber-reuters-2026-06-21','coliber.uk','Colombia votes in runoff pitting leftist reformer against law-and-order newcomer (Reuters video description)','2026-06-21','en','wire','C','copy','https://coliber.uk/watch.php?vid=59ed92ce2','Reuters','mirror',notes='A Reuters video description on a mirror site; it links to reuters.com/world/americas/colombia-votes-runoff-pitting-leftist-reformer-against-law-and-order-newcomer-2026-06-21/.')
src('vini-pbs-2026-06-22','vini.news',"Trump-endorsed de la Espriella holds a slim lead in Colombia's election as his rival challenges vote",'2026-06-22','en','news','C','copy','https://vini.news/stories/trump-endorsed-de-la-espriella-holds-a-slim-lead-in-colombia-s-election-as-his-rival-challenges-vote-fbc574a2','PBS News','mirror',notes='A PBS News headline on an aggregator.')
src('nodechev-2026-06','nodechev.com','Petro: Colombia election results not recognized (title taken from the URL)','2026-06','en','news','C',url='https://nodechev.com/articles/petro-colombia-election-results-not-recognized',notes='A summary citing AP and El País.')
src('zettawire-2026-06','Zettawire','Trump endorses Colombian candidate Abelardo de la Espriella after first-round win','2026-06','en','news','C',url='https://zettawire.com/stories/trump-endorses-colombian-candidate-abelardo-de-la-espriella-after-first-round-win-the-form-5134135304',notes='Aggregator. It wrongly calls Trump a "former US president".')
src('monexus-2026-06-22','The Monexus',"Colombia's vote, Washington's shadow: a Trump-endorsed outsider wins a knife-edge election",'2026-06-22','en','news','C',url='https://themonexus.com/articles/2026-06-22-colombia-trump-backed-outsider-wins',notes='Aggregator. Its vote figures elsewhere are internally inconsistent.')
src('monexus-count-2026-06-22','The Monexus',"Colombia's razor-thin election and the race to define the count",'2026-06-22','en','news','C',url='https://themonexus.com/articles/2026-06-22-colombia-2026-presidential-runoff-count')
src('veriwire-2026-06','The Veriwire','Story 323108 (summary citing Al Jazeera; headline not recorded)','2026-06','en','news','C',url='https://theveriwire.com/story/323108')
src('rbtfl-2026-06','rbtfl.xyz',"Colombia's CNE formally certifies De la Espriella as president-elect",'2026-06','en','news','C',url='https://rbtfl.xyz/en/n/colombia-cne-espriella-certification.md',notes='Contradicts itself: it dates the declaration to 24 June yet speaks of "three weeks of official scrutiny" after the 21 June runoff.')
src('hanna-ai-cne-2026-06','news.hanna-ai.com','Colombia CNE vote count transparency (AI-written summary; headline not recorded)','2026-06','en','news','C',noLink='not-recorded')
src('groundnews-2026-06','Ground News','Petro: "I accepted the outcome of the scrutiny judges so that violence against my people will not be unleashed"','2026-06','en','news','C',url='https://ground.news/article/petro-i-accepted-the-outcome-of-the-scrutiny-judges-so-that-violence-against-my-people-will-not-be-unleashed',notes='Aggregator; an English rendering. The Spanish original of the post was not found.')
src('dailyscout-2026-05','The Daily Scout','Trump administration appeals trade court ruling that struck down 10% global tariffs','2026-05','en','news','C',url='https://thedailyscout.com/s/2p9m0qBeyZM')
src('swissinfo-efe-2026-01-07','swissinfo.ch','El sucesor de Petro denuncia que EE.UU. quiere influir en los comicios colombianos','2026-01-07','es','wire','A','copy','https://www.swissinfo.ch/spa/el-sucesor-de-petro-denuncia-que-ee.uu.-quiere-influir-en-los-comicios-colombianos/90739614','EFE','syndicated')
src('swissinfo-afp-2026-02-12','swissinfo.ch','Presidenciable opositor de Colombia promete bombardear al narco con el respaldo de EEUU','2026-02-12','es','wire','A','copy','https://www.swissinfo.ch/spa/presidenciable-opositor-de-colombia-promete-bombardear-al-narco-con-el-respaldo-de-eeuu/90930223','AFP','syndicated')
for s in d['sources']:
  if s['id']=='semana-2026-02-24':
    s['url']='https://www.semana.com/nacion/articulo/estados-unidos-reactiva-ayudas-economicas-para-colombia-por-40-millones-de-dolares-en-el-presupuesto-de-2026/202625/'; s.pop('noLinkReason',None)
    s['notes']=(s.get('notes','')+' Gives the weekday wrongly ("miércoles, 24 de febrero": 24 Feb 2026 was a Tuesday).').strip()

def L(en, es): return {'en':en,'es':es}
A=d['actors']
A += [
 {'id':'de-la-espriella','name':'Abelardo de la Espriella','country':'CO','kind':'person','role':L('Presidential candidate (Defensores de la Patria); first in the preliminary count of the 21 Jun 2026 runoff','Candidato presidencial (Defensores de la Patria); primero en el preconteo de la segunda vuelta del 21 de junio de 2026')},
 {'id':'cepeda','name':'Iván Cepeda','country':'CO','kind':'person','role':L("Senator; the Pacto Histórico's presidential candidate in 2026",'Senador; candidato presidencial del Pacto Histórico en 2026')},
 {'id':'restrepo','name':'José Manuel Restrepo','country':'CO','kind':'person','role':L("Former finance minister; De la Espriella's running mate",'Exministro de Hacienda; fórmula vicepresidencial de De la Espriella')},
 {'id':'landau','name':'Christopher Landau','country':'US','kind':'person','role':L('US Deputy Secretary of State','Subsecretario de Estado de EE. UU.')},
 {'id':'salazar','name':'María Elvira Salazar','country':'US','kind':'person','role':L('US Representative (Republican, Florida)','Representante a la Cámara de EE. UU. (republicana, Florida)')},
 {'id':'greer','name':'Jamieson Greer','country':'US','kind':'person','role':L('US Trade Representative (USTR)','Representante Comercial de EE. UU. (USTR)')},
 {'id':'co-electoral','name':'Registraduría and National Electoral Council (CNE)','country':'CO','kind':'agency','role':L("Colombia's electoral authorities: the Registraduría runs the vote and the preliminary count, the CNE declares the result",'Autoridades electorales de Colombia: la Registraduría organiza la votación y el preconteo; el CNE declara el resultado')},
 {'id':'us-trade-courts','name':'US Court of International Trade and Court of Appeals for the Federal Circuit','country':'US','kind':'agency','role':L('The US federal courts that hear tariff cases','Los tribunales federales de EE. UU. que juzgan los casos de aranceles')},
]
NC=L('Context: not a bilateral act, so it stays out of the tension index.','Contexto: no es un acto bilateral, por eso queda fuera del índice de tensión.')
def ev(id, date, prec, title, summary, actors, topics, cameo, gold, cits, conf, note=None, targets=None, context=True, endDate=None):
  e={'id':id,'date':date,'datePrecision':prec}
  if endDate: e['endDate']=endDate
  e.update(title=title, summary=summary, actors=actors)
  if targets: e['targets']=targets
  e.update(topics=topics, cameo=cameo, goldstein=gold, citations=cits, confidence=conf)
  if note: e['note']=note
  if context: e['context']=True
  d['events'].append(e)
def c(s, x=None): return {'source':s, **({'excerpt':x} if x else {})}

ev('2026-02-24-section-122-in-force-10','2026-02-24','day',
 L('The Section 122 surcharge takes effect at 10%, not the announced 15%','El recargo de la Sección 122 entra en vigor al 10 %, no al 15 % anunciado'),
 L("US Customs applies an extra 10% tariff to all goods not covered by exemptions, Colombia's included, instead of the 15% Trump promised on 21 February. The trade representative says a proclamation raising the rate to 15% \"where appropriate\" is being drafted.",
   'La Oficina de Aduanas y Protección Fronteriza de EE. UU. aplica un arancel adicional del 10 % a todos los productos sin exención, incluidos los colombianos, en lugar del 15 % que Trump prometió el 21 de febrero. El representante comercial dice que se redacta una proclamación para subir la tasa al 15 % "donde corresponda".'),
 ['trump'],['tariffs','trade'],'163',-8.0,
 [c('reuters-lanacion-2026-02-24','Estados Unidos impuso a partir del martes un arancel adicional del 10% a todos los productos no cubiertos por exenciones, según un aviso emitido por la Oficina de Aduanas y Protección Fronteriza de Estados Unidos'),
  c('reuters-lanacion-2026-02-24','la tasa anunciada inicialmente por el presidente Donald Trump el viernes en lugar del 15% que prometió un día después.'),
  c('kbzk-2026-02-26','A new proclamation to increase the rate to 15% “where appropriate” is being drafted, according to United States Trade Representative Jamieson Greer, who did not provide details on the timing or framing of it.')],
 'high', L('A global measure with no target: context, outside the bilateral tension index. The 15% was never applied: AP still calls it a 10% tariff on 12 June 2026.','Medida global sin destinatario: contexto, fuera del índice de tensión bilateral. El 15 % nunca se aplicó: AP todavía habla de un arancel del 10 % el 12 de junio de 2026.'))
ev('2026-02-24-aid-earmarks-restored','2026-02-24','day',
 L('Colombia\'s embassy announces US aid earmarks restored; Petro welcomes them','La Embajada de Colombia anuncia que EE. UU. restablece partidas de ayuda; Petro celebra'),
 L('The embassy in Washington says the FY2026 appropriations act (enacted 3 February) restores part of US cooperation: US$25 million for Afro-Colombian and Indigenous communities and US$15 million for human rights. Petro welcomes it on X: "Cooperation is back."',
   'La embajada en Washington informa que la ley de asignaciones del año fiscal 2026 (promulgada el 3 de febrero) restablece parte de la cooperación de EE. UU.: 25 millones de dólares para comunidades afrocolombianas e indígenas y 15 millones para derechos humanos. Petro lo celebra en X: "Vuelve la cooperación".'),
 ['us-congress','petro'],['aid'],'070',7.0,
 [c('semana-2026-02-24','La Embajada de Colombia informó este miércoles, 24 de febrero, que Estados Unidos reactivó parte de las ayudas económicas destinadas al país'),
  c('semana-2026-02-24','la asignación contempla 25 millones de dólares dirigidos a comunidades afrocolombianas e indígenas, así como 15 millones de dólares para iniciativas relacionadas con derechos humanos.'),
  c('infobae-2026-02-25','“Vuelve la cooperación. Buen trabajo de los congresistas bipartidistas de los EE.UU. amigos de Colombia”, escribió el primer mandatario de los colombianos en una publicación hecha en su cuenta de X.')],
 'high', L('The "US$40 million" in the press is the sum of two earmarks, not a total for Colombia; the final FY2026 total was not found. Petro\'s post is dated 24 or 25 February. Semana gives the weekday as Wednesday (24 Feb 2026 was a Tuesday); Infobae wrongly says Congress approved the funds on 24 February.',
   'Los "40 millones de dólares" de la prensa son la suma de dos partidas, no un total para Colombia; no se encontró el total final del año fiscal 2026. La publicación de Petro es del 24 o 25 de febrero. Semana dice "miércoles" (el 24 de febrero de 2026 fue martes); Infobae dice por error que el Congreso aprobó los fondos el 24 de febrero.'),
 targets=['co-government'], context=False)
ev('2026-03-07-de-la-espriella-miami','2026-03-07','day',
 L('Candidate De la Espriella meets Landau and Salazar in Miami','El candidato De la Espriella se reúne en Miami con Landau y Salazar'),
 L('In Miami, presidential candidate Abelardo de la Espriella meets Deputy Secretary of State Christopher Landau and Representative María Elvira Salazar, and writes that fully restoring relations with the United States is fundamental for Colombia.',
   'En Miami, el candidato presidencial Abelardo de la Espriella se reúne con el subsecretario de Estado Christopher Landau y la representante María Elvira Salazar, y escribe que restablecer plenamente las relaciones con Estados Unidos es fundamental para Colombia.'),
 ['de-la-espriella','landau','salazar'],['diplomacy'],'030',4.0,
 [c('semana-2026-03-07','En medio de su visita, De la Espriella también compartió un espacio con la representante a la Cámara de Estados Unidos, María Elvira Salazar, y el subsecretario de Estado, Christopher Landau.'),
  c('semana-2026-03-07','“Restablecer plenamente las relaciones con Estados Unidos es fundamental para el futuro de nuestro país. Con nuestro principal aliado tenemos que combatir el narcotráfico y el terrorismo con mano de hierro”, escribió Abelardo de la Espriella tras su velada.')],
 'high', L('A candidate, not the Colombian state: context, outside the bilateral tension index.','Un candidato, no el Estado colombiano: contexto, fuera del índice de tensión bilateral.'))
ev('2026-03-08-legislative-elections','2026-03-08','day',
 L("Colombia's legislative elections: Petro's Pacto Histórico tops the Senate vote",'Elecciones legislativas en Colombia: el Pacto Histórico de Petro gana la votación al Senado'),
 L("In the preliminary count, the Pacto Histórico wins about 22.7–22.8% of the Senate vote (about 25 seats) ahead of the Centro Democrático (about 17). Paloma Valencia wins the right-wing primary. Final seat allocation was not found.",
   'En el preconteo, el Pacto Histórico obtiene cerca del 22,7-22,8 % de los votos al Senado (unas 25 curules), por delante del Centro Democrático (unas 17). Paloma Valencia gana la consulta de la derecha. No se encontró la asignación final de curules.'),
 ['co-electoral'],['diplomacy'],'010',0.0,
 [c('reuters-lanacion-2026-03-08','el Pacto Histórico, que llevó al poder al actual presidente Gustavo Petro, obtenía un 22,8% de los votos para el Senado'),
  c('reuters-lanacion-2026-03-08','La consulta de la derecha la ganó la senadora del Centro Democrático, Paloma Valencia, quien obtuvo 3,2 millones de votos de los 5,8 millones de electores que participaron en esa votación.'),
  c('europapress-2026-03-09','Con más de 4,4 millones de votos, un 22,7% del total de los emitidos, Pacto Histórico será el mayor grupo de la Cámara Alta'),
  c('lasexta-2026-03-09','Con esto, Pacto Histórico tendrá unos 25 escaños, mientras que el uribismo se quedaría con 17, según los datos provisionales.'),
  c('caracol-tv-2026-03-09','La lista cerrada, es decir de voto no preferente, lograría 25 curules, por encima de partido del Centro Democrático, que lograría 17'),
  c('mercopress-es-2026-03-09','en el boletín 25 del Senado, el Pacto Histórico sumaba 3.599.411 votos y el Centro Democrático 2.473.529.')],
 'high', L('Preliminary figures; different bulletins give different counts. Seat projections for the smaller parties conflict between sources. Domestic: context, outside the bilateral tension index.','Cifras preliminares; cada boletín da un conteo distinto. Las proyecciones de curules de los partidos pequeños difieren entre fuentes. Hecho interno: contexto, fuera del índice de tensión bilateral.'))
ev('2026-03-10-restrepo-running-mate','2026-03-10','day',
 L('De la Espriella names José Manuel Restrepo as running mate, "a kind of Marco Rubio"','De la Espriella elige a José Manuel Restrepo como fórmula, "una especie de Marco Rubio"'),
 L('De la Espriella names former finance minister José Manuel Restrepo as his running mate, says Restrepo will handle the international agenda and likens him to Marco Rubio. The ticket registers in Cali on 12 March.',
   'De la Espriella anuncia al exministro de Hacienda José Manuel Restrepo como su fórmula vicepresidencial, dice que Restrepo llevará la agenda internacional y lo compara con Marco Rubio. La fórmula se inscribe en Cali el 12 de marzo.'),
 ['de-la-espriella','restrepo'],['diplomacy'],'010',0.0,
 [c('elheraldo-2026-03-10','El candidato presidencial Abelardo De La Espriella anunció en la mañana de este martes 10 de marzo que el exministro de Hacienda José Manuel Restrepo será su fórmula vicepresidencial.'),
  c('caracol-tv-2026-03-12','De la Espriella anunció que Retrepo sería su fórmula vicepresidencial el pasado 10 de marzo, asegurando que "será una especie de Marco Rubio para él"'),
  c('semana-2026-03-10','“Mi vicepresidente desarrollará la agenda internacional, mientras yo despacharé desde cada uno de los 32 departamentos, resolviendo los problemas de Colombia”.')],
 'high', NC)
ev('2026-03-11-section-301-probes','2026-03-11','day',
 L('USTR opens Section 301 probes into 16 economies; Colombia is not among them','La USTR abre investigaciones de la Sección 301 a 16 economías; Colombia no figura entre ellas'),
 L('Trade Representative Jamieson Greer opens "excess capacity" investigations into 16 economies, the announced path to replace the temporary tariffs; Colombia is not among the 16. A second track on forced labour, covering 60 economies, opens on 12 March; whether Colombia is among those 60 was not found.',
   'El representante comercial Jamieson Greer abre investigaciones por "exceso de capacidad" a 16 economías, la vía anunciada para reemplazar los aranceles temporales; Colombia no figura entre las 16. Una segunda línea, sobre trabajo forzoso y 60 economías, se abre el 12 de marzo; no se encontró si Colombia está entre esas 60.'),
 ['greer'],['tariffs','trade'],'010',0.0,
 [c('livemint-2026-03-12','one into excess industrial capacity among 16 major trading partners, including India, and another into forced labour practices, according to a Reuters report.'),
  c('newsindiatimes-2026-03-11','“The policy remains the same. The tools may change depending upon the vagaries of courts,” Greer told reporters.'),
  c('ey-2026-03-12','On March 12, the Office of the United States Trade Representative (USTR) announced new investigations under Section 301 of the Trade Act of 1974')],
 'high', L('The 16: China, EU, Japan, Mexico, South Korea, India, Taiwan, Malaysia, Vietnam, Thailand, Singapore, Switzerland, Norway, Indonesia, Bangladesh, Cambodia. Global trade policy: context, outside the bilateral tension index.','Las 16: China, UE, Japón, México, Corea del Sur, India, Taiwán, Malasia, Vietnam, Tailandia, Singapur, Suiza, Noruega, Indonesia, Bangladés y Camboya. Política comercial global: contexto, fuera del índice de tensión bilateral.'))
ev('2026-05-07-trade-court-ruling','2026-05-07','day',
 L('US trade court rules the Section 122 surcharge unlawful, for the plaintiffs only','Un tribunal de comercio de EE. UU. declara ilegal el recargo de la Sección 122, solo para los demandantes'),
 L('In a 2–1 decision, the Court of International Trade holds the 10% Section 122 tariffs unlawful. Relief is limited to the plaintiff importers; for all other importers the 10% stays in effect. The government appeals on 8 May.',
   'En una decisión de 2 contra 1, el Tribunal de Comercio Internacional declara ilegales los aranceles del 10 % de la Sección 122. El alivio se limita a los importadores demandantes; para los demás, el 10 % sigue vigente. El Gobierno apela el 8 de mayo.'),
 ['us-trade-courts'],['tariffs','trade'],'010',0.0,
 [c('kelleydrye-2026-05','On May 7, 2026, in a 2-1 decision by a three-judge panel of U.S. Court of International Trade, the court held unlawful President Trump’s imposition of 10% tariffs under Section 122 of the Trade Act of 1974.'),
  c('kelleydrye-2026-05','On May 8, 2026, a day after the court’s decision, the U.S. Government appealed the order to the U.S. Court of Appeals for the Federal Circuit.'),
  c('bakermckenzie-2026-05-08','For all other importers, the 10% duty remains in effect at this point.'),
  c('chosun-2026-05-08'),
  c('dailyscout-2026-05','On Friday, May 8, the Justice Department appealed a ruling from the U.S. Court of International Trade')],
 'high', L('A US domestic legal step: context, outside the bilateral tension index.','Paso judicial interno de EE. UU.: contexto, fuera del índice de tensión bilateral.'))
ev('2026-05-31-first-round','2026-05-31','day',
 L('First round of the presidential election: De la Espriella 43.7%, Cepeda 40.9%','Primera vuelta presidencial: De la Espriella 43,7 %, Cepeda 40,9 %'),
 L('Abelardo de la Espriella gets about 43.7% of the vote and Iván Cepeda, of the governing Pacto Histórico, 40.9%; a runoff is set for 21 June. MercoPress reports that Petro disowns the results; his own words that night were not found in a reliable source.',
   'Abelardo de la Espriella obtiene cerca del 43,7 % de los votos e Iván Cepeda, del Pacto Histórico, el 40,9 %; la segunda vuelta queda para el 21 de junio. MercoPress informa que Petro desconoce los resultados; sus palabras de esa noche no se encontraron en una fuente confiable.'),
 ['co-electoral'],['diplomacy'],'010',0.0,
 [c('mercopress-2026-06-01','De la Espriella, of the Defensores de la Patria movement, reached 43.7% of the vote —some 10.3 million ballots—, while leftist senator Iván Cepeda, of the ruling Pacto Histórico, obtained 40.9% with 9,649,081 votes.'),
  c('mercopress-2026-06-01','in a result that contradicted all previous polls and immediately opened an institutional crisis'),
  c('mercopress-2026-06-09',"De la Espriella was the most-voted candidate on May 31, with 43.74% against Cepeda's 40.90%."),
  c('newswave-reuters-2026-05-31','Colombian right-wing outsider Abelardo de la Espriella is set to compete in a run-off election for president against leftist senator Ivan Cepeda, voting results from the first-round election showed on Sunday.'),
  c('hanna-ai-2026-06-01','Colombian President Gustavo Petro rejected the initial vote count of the national presidential election following the first round of voting on Sunday')],
 'high', L('Preliminary figures; final scrutiny figures, other candidates and turnout were not found. Domestic: context, outside the bilateral tension index.','Cifras preliminares; no se encontraron las cifras finales del escrutinio, los demás candidatos ni la participación. Hecho interno: contexto, fuera del índice de tensión bilateral.'),
 targets=None)
for e in d['events']:
  if e['id']=='2026-05-31-first-round': e['actors']=['co-electoral','de-la-espriella','cepeda']
ev('2026-06-01-trump-endorses-de-la-espriella','2026-06-01','approx',
 L('Trump endorses De la Espriella ahead of the runoff (his own words not found)','Trump respalda a De la Espriella antes de la segunda vuelta (no se encontraron sus palabras)'),
 L('Between the first round and the 21 June runoff, Trump backs De la Espriella: Reuters and PBS News call him "Trump-endorsed". Trump\'s own words, the channel and the exact date were not found; the quoted praise and a reported robocall come only from aggregators.',
   'Entre la primera vuelta y la segunda del 21 de junio, Trump respalda a De la Espriella: Reuters y PBS News lo describen como el candidato "respaldado por Trump". No se encontraron las palabras de Trump, el medio ni la fecha exacta; los elogios citados y una supuesta llamada grabada solo aparecen en agregadores.'),
 ['trump'],['diplomacy'],'051',3.4,
 [c('coliber-reuters-2026-06-21','as voters bet on his Donald Trump-endorsed promise of a crackdown on crime and a stronger economy'),
  c('vini-pbs-2026-06-22',"Trump-endorsed de la Espriella holds a slim lead in Colombia's election as his rival challenges vote"),
  c('nodechev-2026-06',"De la Espriella, backed by U.S. President Donald Trump, campaigned on a hardline security message and a sharp break from Petro's approach to armed groups."),
  c('zettawire-2026-06','Donald Trump congratulates Colombian presidential candidate Abelardo de la Espriella on his first-round victory and endorses him ahead of the runoff against a leftist candidate on June 21.'),
  c('monexus-2026-06-22','A sitting US president publicly backed one candidate in a Latin American runoff, recorded a robocall, and won.'),
  c('veriwire-2026-06','A right-wing political outsider with a Trump endorsement beat a left-wing veteran by less than a point.')],
 'low', L('Dated approximately: some time between 1 and 20 June 2026. That an endorsement existed rests on Reuters and PBS News wording read through mirror sites; the timing ("after first-round win"), the robocall and any quoted words come from aggregators only and are unverified. No reply by Petro was found. Aimed at a candidate, not at the Colombian state: outside the bilateral tension index.',
   'Fecha aproximada: entre el 1 y el 20 de junio de 2026. Que hubo un respaldo se apoya en textos de Reuters y PBS News leídos en sitios espejo; el momento ("tras la primera vuelta"), la llamada grabada y las palabras citadas solo vienen de agregadores y no están verificados. No se encontró respuesta de Petro. Dirigido a un candidato, no al Estado colombiano: fuera del índice de tensión bilateral.'),
 targets=['de-la-espriella'], endDate='2026-06-20')
ev('2026-06-11-appeals-court-stay','2026-06-11','day',
 L('Appeals court lets the US keep collecting the 10% surcharge; it lapses on 24 July','Un tribunal de apelaciones permite seguir cobrando el recargo del 10 %, que vence el 24 de julio'),
 L('The Court of Appeals for the Federal Circuit rules that the 10% Section 122 tariff can still be collected while the challenges go on. The tariff is set to expire on 24 July 2026; what happened then was not found.',
   'El Tribunal de Apelaciones del Circuito Federal decide que el arancel del 10 % de la Sección 122 se puede seguir cobrando mientras avanzan las demandas. El arancel vence el 24 de julio de 2026; no se encontró qué pasó entonces.'),
 ['us-trade-courts'],['tariffs','trade'],'010',0.0,
 [c('ap-mb-2026-06-12','The U.S. government can continue collecting the 10% worldwide tariff it imposed in February while legal challenges to the levies continue to work their way through the courts, a federal court ruled Thursday.'),
  c('ap-mb-2026-06-12','The new tariffs, invoked under Section 122 of the Trade Act of 1974, are set to expire July 24.'),
  c('taxprof-2026-06-24','In a per curiam order, the Federal Circuit ruled that that the tariffs imposed under section 122 of the Trade Act of 1974 could continue to be collected.'),
  c('vatcheck-2026-06','the CAFC issued an administrative stay on May 12 that keeps CBP collecting from all importers')],
 'high', L('The day is inferred from "ruled Thursday" in a 12 June report. An administrative stay had been in place since 12 May (one low-grade source). Global measure: context, outside the bilateral tension index.','El día se deduce de "ruled Thursday" en una nota del 12 de junio. Desde el 12 de mayo regía una suspensión administrativa (una sola fuente de baja calidad). Medida global: contexto, fuera del índice de tensión bilateral.'))
ev('2026-06-21-runoff','2026-06-21','day',
 L('Runoff: De la Espriella leads Cepeda by less than a point in the preliminary count','Segunda vuelta: De la Espriella supera a Cepeda por menos de un punto en el preconteo'),
 L('With about 99.9% of polling tables counted, De la Espriella has 49.66% and Cepeda 48.70%, a gap of some 250,000 votes: the closest runoff in the country\'s history, according to MercoPress.',
   'Con cerca del 99,9 % de las mesas informadas, De la Espriella obtiene el 49,66 % y Cepeda el 48,70 %, una diferencia de unos 250.000 votos: la segunda vuelta más reñida de la historia del país, según MercoPress.'),
 ['co-electoral','de-la-espriella','cepeda'],['diplomacy'],'010',0.0,
 [c('mercopress-2026-06-22',"With about 99.9% of the tables processed, De la Espriella took 49.66% of the vote against Cepeda's 48.70%, a difference of some 250,000 ballots."),
  c('coliber-reuters-2026-06-21','Colombian right-wing candidate Abelardo De La Espriella has clinched a narrow victory in the presidential election, according to an initial ballot count'),
  c('nodechev-2026-06','AP reported that with 99.9% of results released by electoral authorities, De la Espriella had 49.7% of the vote and Cepeda had 48.7%.')],
 'high', L('Preliminary count (preconteo); AP rounds to 49.7% and 48.7%. Vote totals from low-grade sources conflict and are left out. Domestic: context, outside the bilateral tension index.','Preconteo; AP redondea a 49,7 % y 48,7 %. Los totales de votos de fuentes de baja calidad no coinciden y se omiten. Hecho interno: contexto, fuera del índice de tensión bilateral.'))
for e in d['events']:
  if e['id']=='2026-06-21-runoff': e['keyMoment']=True
ev('2026-06-22-petro-cepeda-await-scrutiny','2026-06-22','day',
 L('Petro: "neither can proclaim himself president"; Cepeda challenges 33,000 tables','Petro: "ninguno puede autoproclamarse presidente"; Cepeda impugna 33.000 mesas'),
 L('Petro says neither candidate can proclaim himself president before the official scrutiny. Cepeda accepts the preliminary count as a count but not as a result, and challenges 33,000 of the 120,000 polling tables.',
   'Petro dice que ninguno de los dos candidatos puede proclamarse presidente antes del escrutinio oficial. Cepeda acepta el preconteo como conteo pero no como resultado, e impugna 33.000 de las 120.000 mesas.'),
 ['petro','cepeda'],['diplomacy'],'120',-4.0,
 [c('mercopress-2026-06-22','The governing-coalition candidate acknowledged the preliminary count but warned that he would not accept the result until the definitive tally, and challenged 33,000 of the 120,000 polling tables'),
  c('mercopress-2026-06-22','President Gustavo Petro said that "neither can proclaim himself president."'),
  c('nodechev-2026-06',"President Gustavo Petro said after Sunday's runoff that he does not recognize the preliminary result as final."),
  c('monexus-count-2026-06-22','Cepeda said the campaign had logged 57,189 claims that it wanted reviewed')],
 'medium', L('Said on the night of 21–22 June. One low-grade source gives 57,189 "claims": possibly a different unit from tables. Domestic: context, outside the bilateral tension index.','Dicho la noche del 21 al 22 de junio. Una fuente de baja calidad habla de 57.189 "reclamaciones": quizá otra unidad distinta de las mesas. Hecho interno: contexto, fuera del índice de tensión bilateral.'))
ev('2026-06-24-cne-declaration','2026-06-24','day',
 L('Unverified: the CNE declares De la Espriella president-elect','Sin verificar: el CNE declara presidente electo a De la Espriella'),
 L('One low-grade site says the National Electoral Council declared De la Espriella president-elect on 24 June and gave him and Restrepo their credentials on 25 June. No reliable source confirms it, and another summary cites EFE as saying no date had been given.',
   'Un sitio de baja calidad dice que el Consejo Nacional Electoral declaró presidente electo a De la Espriella el 24 de junio y les entregó las credenciales a él y a Restrepo el 25 de junio. Ninguna fuente confiable lo confirma, y otro resumen cita a EFE diciendo que no se había dado una fecha.'),
 ['co-electoral'],['diplomacy'],'010',0.0,
 [c('rbtfl-2026-06',"Colombia's Consejo Nacional Electoral (CNE) formally declared Abelardo de la Espriella president-elect on June 24, 2026, completing three weeks of official scrutiny after the June 21 runoff."),
  c('rbtfl-2026-06','On June 25, De la Espriella and running mate José Manuel Restrepo received the official credentials authorising their swearing-in before Congress.'),
  c('hanna-ai-cne-2026-06','EFE reported that the electoral authority has avoided providing a specific date to officially name the president-elect.')],
 'low', L('Unverified: only aggregators and an AI-written site report it, and they conflict; the main one speaks of "three weeks" of scrutiny for what would be three days. Domestic: context, outside the bilateral tension index.','Sin verificar: solo lo publican agregadores y un sitio escrito por IA, y no coinciden; el principal habla de "tres semanas" de escrutinio para lo que serían tres días. Hecho interno: contexto, fuera del índice de tensión bilateral.'))
for e in d['events']:
  if e['id']=='2026-06-24-cne-declaration': e['actors']=['co-electoral','de-la-espriella','restrepo']

# Quotes
def qt(id, date, prec, speaker, text, language, cits, topics, context, event=None, translatedFrom=None, original=None, note=None, spanish=None):
  q={'id':id,'date':date,'datePrecision':prec,'speaker':speaker,'text':text,'language':language}
  if translatedFrom: q['translatedFrom']=translatedFrom
  if original: q['original']=original
  if event: q['event']=event
  q.update(topics=topics, context=context, citations=cits)
  if note: q['note']=note
  if spanish: q['spanish']=spanish
  d['quotes'].append(q)
qt('q-cepeda-us-influence','2026-01-07','day','cepeda','Estados Unidos está intentando influir por todos los medios posibles en nuestras elecciones y lo está haciendo lanzando afirmaciones y tomando acciones que buscan influir claramente en la opinión pública colombiana.','es',
 [c('swissinfo-efe-2026-01-07','Estados Unidos está intentando influir por todos los medios posibles en nuestras elecciones y lo está haciendo lanzando afirmaciones y tomando acciones que buscan influir claramente en la opinión pública colombiana.')],
 ['diplomacy'], L("Cepeda, then Petro's likely successor as candidate, accuses Washington of trying to sway Colombia's elections.",'Cepeda, entonces el probable candidato sucesor de Petro, acusa a Washington de intentar influir en las elecciones colombianas.'))
qt('q-de-la-espriella-alliance','2026-02-11','day','de-la-espriella','Esto no se puede hacer sin una alianza estratégica con Estados Unidos y el Estado de Israel','es',
 [c('swissinfo-afp-2026-02-12','Esto no se puede hacer sin una alianza estratégica con Estados Unidos y el Estado de Israel')],
 ['drugs','diplomacy'], L('In an AFP interview, De la Espriella promises to bomb drug-trafficking groups with US backing.','En una entrevista con AFP, De la Espriella promete bombardear a los narcotraficantes con respaldo de EE. UU.'),
 note=L('Said on Wednesday 11 February 2026; published 12 February.','Dicho el miércoles 11 de febrero de 2026; publicado el 12 de febrero.'))
qt('q-petro-cooperation-back','2026-02-24','approx','petro','Vuelve la cooperación. Buen trabajo de los congresistas bipartidistas de los EE.UU. amigos de Colombia','es',
 [c('infobae-2026-02-25','“Vuelve la cooperación. Buen trabajo de los congresistas bipartidistas de los EE.UU. amigos de Colombia”, escribió el primer mandatario de los colombianos en una publicación hecha en su cuenta de X.')],
 ['aid'], L("Petro on X, welcoming the US aid earmarks for Colombia.",'Petro en X, celebrando las partidas de ayuda de EE. UU. para Colombia.'), event='2026-02-24-aid-earmarks-restored',
 note=L('Posted on 24 or 25 February 2026.','Publicado el 24 o el 25 de febrero de 2026.'))
qt('q-de-la-espriella-restore-relations','2026-03-07','day','de-la-espriella','Restablecer plenamente las relaciones con Estados Unidos es fundamental para el futuro de nuestro país. Con nuestro principal aliado tenemos que combatir el narcotráfico y el terrorismo con mano de hierro','es',
 [c('semana-2026-03-07','“Restablecer plenamente las relaciones con Estados Unidos es fundamental para el futuro de nuestro país. Con nuestro principal aliado tenemos que combatir el narcotráfico y el terrorismo con mano de hierro”, escribió Abelardo de la Espriella tras su velada.')],
 ['diplomacy','drugs'], L('De la Espriella on X after meeting Landau and Salazar in Miami.','De la Espriella en X tras reunirse en Miami con Landau y Salazar.'), event='2026-03-07-de-la-espriella-miami')
qt('q-de-la-espriella-marco-rubio','2026-03-10','day','de-la-espriella','será una especie de Marco Rubio para él','es',
 [c('caracol-tv-2026-03-12','De la Espriella anunció que Retrepo sería su fórmula vicepresidencial el pasado 10 de marzo, asegurando que "será una especie de Marco Rubio para él"')],
 ['diplomacy'], L('De la Espriella on his running mate, José Manuel Restrepo.','De la Espriella sobre su fórmula vicepresidencial, José Manuel Restrepo.'), event='2026-03-10-restrepo-running-mate',
 note=L('Reported speech, as Noticias Caracol wrote it.','Discurso indirecto, tal como lo escribió Noticias Caracol.'))
qt('q-trump-smart-strong-tough','2026-06-01','approx','trump','smart, strong, and tough leader','en',
 [c('zettawire-2026-06','Donald Trump congratulates Colombian presidential candidate Abelardo de la Espriella on his first-round victory and endorses him ahead of the runoff against a leftist candidate on June 21.')],
 ['diplomacy'], L('Words an aggregator attributes to Trump about De la Espriella. Unverified: Trump\'s own text was not found.','Palabras que un agregador atribuye a Trump sobre De la Espriella. Sin verificar: no se encontró el texto de Trump.'),
 event='2026-06-01-trump-endorses-de-la-espriella',
 note=L('Unverified. An aggregator\'s paraphrase in single quotes; its excerpt above is the nearest passage stored. Trump\'s own words, channel and date were not found.','Sin verificar. Paráfrasis de un agregador entre comillas simples; el extracto de arriba es el pasaje más cercano que se conserva. No se encontraron las palabras, el medio ni la fecha de Trump.'),
 spanish={'text':'líder inteligente, fuerte y duro'})
qt('q-petro-neither-proclaim','2026-06-22','day','petro','neither can proclaim himself president.','en',
 [c('mercopress-2026-06-22','President Gustavo Petro said that "neither can proclaim himself president."')],
 ['diplomacy'], L('Petro on the night of the runoff, before the official scrutiny.','Petro la noche de la segunda vuelta, antes del escrutinio oficial.'), event='2026-06-22-petro-cepeda-await-scrutiny', translatedFrom='es',
 note=L("MercoPress's English rendering; the Spanish original was not found.",'Versión en inglés de MercoPress; no se encontró el original en español.'),
 spanish={'text':'ninguno puede autoproclamarse presidente.'})
json.dump(d, open(P,'w'), ensure_ascii=False, indent=2); open(P,'a').write('\n')
print('ok', len(d['events']), len(d['quotes']), len(d['sources']))
