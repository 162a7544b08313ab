# One-off edit (issue 9): corrections from chronology-2026.md §4 and the issue, each logged in `corrections`.
import json
P='data/dataset.json'; d=json.load(open(P))
def L(en, es): return {'en':en,'es':es}
def c(s, x=None): return {'source':s, **({'excerpt':x} if x else {})}
E={e['id']:e for e in d['events']}; Q={q['id']:q for q in d['quotes']}
T={t['id']:t for t in d['series']['tariffs']}
S={s['id']:s for s in d['sources']}
def src(id, publisher, title, published, language, kind, grade, origin='original', url=None, copyOf=None, copyKind=None, notes=None):
  s={'id':id,'publisher':publisher,'title':title,'published':published,'language':language,'kind':kind}
  if url: s['url']=url
  if notes: s['notes']=notes
  s['grade']=grade; s['origin']=origin
  if copyOf: s['copyOf']=copyOf; s['copyKind']=copyKind
  if not url: s['noLinkReason']='not-recorded'
  d['sources'].append(s); S[id]=s
log=[]
DAY='2026-11-30'
def corr(items, what, why, cits): log.append({'date':DAY,'items':items,'what':what,'why':why,'citations':cits})

# (a) jaguar
src('exitosa-2025-12-02','Exitosa Noticias','Petro advierte a Trump: "No amenace nuestra soberanía porque despertará el jaguar" (title taken from the URL)','2025-12-02','es','news','B',url='https://www.exitosanoticias.pe/mundo/petro-advierte-trump-no-amenace-nuestra-soberania-porque-despertara-jaguar-posible-ataque-militar-n163955',notes='Peruvian outlet; embeds Petro\'s post, dated 2 December 2025.')
src('correo-orinoco-2025-12-02','Correo del Orinoco','Petro exigió a Trump no amenazar la soberanía de Colombia (title taken from the URL)','2025-12','es','news','B',url='http://www.correodelorinoco.gob.ve/petro-exigio-a-trump-no-amenazar-la-soberania-de-colombia/',notes='Venezuelan state outlet. Undated excerpt ("este martes"): dated to the month.')
src('krdo-cnn-2025-12-02','KRDO','"No amenace nuestra soberanía", dice Petro en respuesta a la amenaza de Trump de atacar a países vinculados al narcotráfico (title taken from the URL)','2025-12-02','es','news','A','copy','https://krdo.com/news/2025/12/02/no-amenace-nuestra-soberania-dice-petro-en-respuesta-a-la-amenaza-de-trump-de-atacar-a-paises-vinculados-al-narcotrafico/','CNN','syndicated',notes='CNN (Michael Rios), in Spanish.')
src('adn-chile-2025-12-03','ADN Radio (Chile)','Petro responde a amenaza de Trump: "No amenace nuestra soberanía porque despertará al jaguar" (title taken from the URL)','2025-12-03','es','news','B',url='https://www.adnradio.cl/2025/12/03/petro-responde-a-amenaza-de-trump-no-amenace-nuestra-soberania-porque-despertara-al-jaguar/')
src('elespectador-2025-12','El Espectador','Trump amenaza a Colombia y Petro responde (title taken from the URL)','2025-12','es','news','A',url='https://www.elespectador.com/mundo/america/trump-amenaza-a-colombia-y-petro-responde/',notes='Day of publication not recorded; dated to the month.')
e=E['2025-12-02-petro-jaguar-warning']
e['datePrecision']='day'
e['summary']=L('On X, Petro tells Trump not to threaten Colombia\'s sovereignty "because it will awaken the Jaguar", says attacking it is declaring war, and invites him to Colombia to watch a cocaine lab being destroyed every 40 minutes; he cites 18,400 labs destroyed.',
 'En X, Petro le dice a Trump: "No amenace nuestra soberanía, porque despertará el Jaguar. Atacar nuestra soberanía es declarar guerra", y lo invita a Colombia a ver cómo se destruye un laboratorio de cocaína cada 40 minutos; cita 18.400 laboratorios destruidos.')
e['citations'] += [c('exitosa-2025-12-02','"No amenace nuestra soberanía, porque despertará el Jaguar. Atacar nuestra soberanía es declarar guerra".'),
  c('exitosa-2025-12-02','— Gustavo Petro (@petrogustavo) December 2, 2025'),
  c('krdo-cnn-2025-12-02','“No amenace nuestra soberanía, porque despertará al jaguar. Atacar nuestra soberanía es declarar la guerra”, dijo Petro en una publicación en su cuenta de X, respondiendo a los comentarios que Trump hizo el martes, referidos a Colombia.'),
  c('elespectador-2025-12','Trump afirmó, durante una reunión de gabinete minutos antes del trino de Petro')]
e['note']=L('Posted on Tuesday 2 December 2025, minutes after Trump\'s remarks at a cabinet meeting. Coded as criticism (111); the same post also carries an invitation to visit.',
 'Publicado el martes 2 de diciembre de 2025, minutos después de las declaraciones de Trump en una reunión de gabinete. Se codifica como crítica (111); la misma publicación incluye una invitación a visitar el país.')
q=Q['q-petro-jaguar']
q['datePrecision']='day'
q['text']='Do not threaten our sovereignty, because it will awaken the Jaguar. Attacking our sovereignty is declaring war, do not damage two centuries of diplomatic relations.'
q['original']='No amenace nuestra soberanía, porque despertará el Jaguar. Atacar nuestra soberanía es declarar guerra, no dañe dos siglos de relaciones diplomáticas.'
q['citations']=[c('exitosa-2025-12-02','"No amenace nuestra soberanía, porque despertará el Jaguar. Atacar nuestra soberanía es declarar guerra".'),
  c('correo-orinoco-2025-12-02','“Atacar nuestra soberanía es declarar guerra, no dañe dos siglos de relaciones diplomáticas. Ya me calumnió, no continúe por ahí.'),
  c('krdo-cnn-2025-12-02','“No amenace nuestra soberanía, porque despertará al jaguar. Atacar nuestra soberanía es declarar la guerra”, dijo Petro en una publicación en su cuenta de X, respondiendo a los comentarios que Trump hizo el martes, referidos a Colombia.'),
  c('adn-chile-2025-12-03','“No amenace nuestra soberanía, porque despertará al jaguar. Atacar nuestra soberanía es declarar la guerra, no dañe dos siglos de relaciones diplomáticas”, escribió Petro en su cuenta de X.'),
  c('tag24-2025-12-03','Do not threaten our sovereignty, or you will awake the Jaguar.')]
q['reportedWordings']=[{'source':'tag24-2025-12-03','excerpt':'Do not threaten our sovereignty, or you will awake the Jaguar.','note':L('A loose English rendering.','Una versión libre en inglés.')}]
q['note']=L('English by this dashboard from the Spanish as copied by Exitosa and Correo del Orinoco (Petro\'s capital "J"; the post begins "pero no amenace…"). CNN and ADN Radio print "despertará al jaguar" and "declarar la guerra".',
 'Versión en inglés de este tablero a partir del español copiado por Exitosa y el Correo del Orinoco (con la "J" mayúscula de Petro; la publicación empieza "pero no amenace…"). CNN y ADN Radio publican "despertará al jaguar" y "declarar la guerra".')
corr(['2025-12-02-petro-jaguar-warning','q-petro-jaguar'],
 L('Dated exactly to 2 December 2025 (was "2–3 December"); Petro\'s Spanish words added as the original; the Spanish summary now uses his words ("porque despertará el Jaguar") instead of a back-translation; the English follows the Spanish more closely.',
   'Fechado con exactitud el 2 de diciembre de 2025 (antes "2-3 de diciembre"); se añaden las palabras de Petro en español como original; el resumen en español usa sus palabras ("porque despertará el Jaguar") en vez de una retraducción; el inglés sigue más de cerca el español.'),
 L('Exitosa embeds the post dated 2 December 2025, and CNN says Petro was answering what Trump said on Tuesday (2 December). Two verbatim copies of the post agree on the wording.',
   'Exitosa inserta la publicación con fecha del 2 de diciembre de 2025, y CNN dice que Petro respondía a lo que Trump dijo el martes (2 de diciembre). Dos copias textuales de la publicación coinciden en la redacción.'),
 [c('exitosa-2025-12-02','— Gustavo Petro (@petrogustavo) December 2, 2025'), c('correo-orinoco-2025-12-02','“Atacar nuestra soberanía es declarar guerra, no dañe dos siglos de relaciones diplomáticas. Ya me calumnió, no continúe por ahí.')])

# (b) FAC flights Jan-Feb 2025
src('caracol-tv-2025-01-29','Noticias Caracol','Llegó tercer vuelo de Estados Unidos con 105 colombianos deportados: ninguno tiene procesos (title taken from the URL)','2025-01-29','es','news','A',url='https://www.noticiascaracol.com/colombia/llego-tercer-vuelo-de-estados-unidos-con-105-colombianos-deportados-ninguno-tiene-procesos-rg10')
src('rtvc-2025-01-29','RTVC Noticias','Tercer avión con deportados llega a Bogotá (title taken from the URL)','2025-01','es','news','A',url='https://rtvcnoticias.com/tercer-avion-deportados-llega-bogota',notes="Colombia's public broadcaster. Day of publication not recorded.")
src('noticiasdecolombia-2025-02-07','noticiasdecolombia.com.co','Llegaron otros 91 colombianos deportados por Estados Unidos en avión de la FAC (title taken from the URL)','2025-02-07','es','news','B',url='https://noticiasdecolombia.com.co/llegaron-otros-91-colombianos-deportados-por-estados-unidos-en-avion-de-la-fac-32193.html')
src('contrareplica-fac-2025-02','ContraRéplica (Colombia edition)','Colombia implementa vuelos nacionales para repatriar migrantes deportados desde Estados Unidos (title taken from the URL)','2025-02','es','news','B',url='https://colombia.contrareplica.mx/nota-Colombia-implementa-vuelos-nacionales-para-repatriar-migrantes-deportados-desde-Estados-Unidos20253228',notes='Cites a Colombian Air Force communiqué. Publication date not found; dated to the earliest month its content allows.')
src('lokmat-ians-2025-01-30','Lokmat Times','105 Colombian deportees land in Bogota from US','2025-01-30','en','wire','B','copy','https://www.lokmattimes.com/international/105-colombian-deportees-land-in-bogota-from-us/amp','IANS','syndicated',notes='IANS story (itself based on Xinhua), time-stamped 14:30 IST on 30 Jan, which is before dawn on 30 Jan in Bogotá: the flight it reports landed on 29 Jan.')
F=d['series']['deportationFlights']
F[:]=[f for f in F if f['id'] not in ('flights-2025-01-29-fac-medellin','flights-2025-01-30-fac')]
for f in F:
  if f['id']=='flights-2025-01-29-fac-contrareplica':
    f['id']='flights-2025-01-29-fac'; f['people']=105; f.pop('dispute',None)
    f['note']=L('The third Colombian Air Force flight, San Diego to CATAM (Bogotá), on the morning of Wednesday 29 January, with 105 people including 21 minors. Some reports date it 30 January from an Asian dateline; one report of 160 people on the third flight is contradicted by the same outlet\'s total of 306 on three flights.',
      'El tercer vuelo de la Fuerza Aeroespacial Colombiana, de San Diego a CATAM (Bogotá), la mañana del miércoles 29 de enero, con 105 personas, 21 de ellas menores. Algunos medios lo fechan el 30 de enero por la hora de Asia; un informe de 160 personas en el tercer vuelo lo contradice el total del mismo medio: 306 en tres vuelos.')
    f['citations']=[c('caracol-tv-2025-01-29','Este miércoles 29 de enero aterrizaron en Bogotá otros 105 colombianos deportados de Estados Unidos, entre los que hay 21 menores de edad.'),
      c('rtvc-2025-01-29','Hoy aterrizó en la Base Aérea de CATAM el tercer vuelo con 105 colombianos deportados desde Estados Unidos, proveniente de San Diego, California.'),
      c('noticiasdecolombia-2025-02-07','El 29 de enero llegó un tercer vuelo con 105 connacionales deportados, grupo conformado por 41 mujeres, 43 hombres adultos y 21 niños, niñas adolescentes y jóvenes.'),
      c('lokmat-ians-2025-01-30','marking the third flight of its kind this week'),
      c('contrareplica-fac-2025-02','se realizaron tres vuelos que transportaron a 306 pasajeros, incluyendo 42 niños'),
      c('contrareplica-2025-01')]
i=[k for k,f in enumerate(F) if f['id']=='flights-2025-01-29-fac'][0]
F.insert(i+1,{'id':'flights-2025-02-04-fac','period':'2025-02-04','flights':1,'people':110,'operator':'Colombian Air Force','note':L('The fourth flight.','El cuarto vuelo.'),'citations':[c('noticiasdecolombia-2025-02-07','El 4 de febrero arribaron 110 personas en el cuarto vuelo.')]})
F.insert(i+2,{'id':'flights-2025-02-07-fac','period':'2025-02-07','flights':1,'people':91,'operator':'Colombian Air Force','note':L('The fifth flight; 507 people brought back by the Colombian Air Force by then (201 + 105 + 110 + 91). Another site counts 914 on "national flights", probably more than these Air Force flights (unverified).','El quinto vuelo; 507 personas traídas por la Fuerza Aeroespacial hasta entonces (201 + 105 + 110 + 91). Otro sitio cuenta 914 en "vuelos nacionales", probablemente más que estos vuelos de la Fuerza Aeroespacial (sin verificar).'),'citations':[c('noticiasdecolombia-2025-02-07')]})
for f in F:
  if f['id']=='flights-2025-01-28-fac': f['citations'].insert(0, c('contrareplica-fac-2025-02','se realizaron tres vuelos que transportaron a 306 pasajeros, incluyendo 42 niños'))
e=E['2025-01-29-fac-further-flights']
e['title']=L('A third Colombian Air Force repatriation flight lands with 105 people','Aterriza un tercer vuelo de repatriación de la Fuerza Aeroespacial con 105 personas')
e['summary']=L('The third Colombian Air Force flight lands at CATAM in Bogotá on the morning of 29 January with 105 deportees from San Diego, 21 of them minors: 306 people on three flights since 28 January. A fourth flight follows on 4 February (110 people) and a fifth on 7 February (91).',
 'El tercer vuelo de la Fuerza Aeroespacial Colombiana aterriza en CATAM, en Bogotá, la mañana del 29 de enero con 105 deportados desde San Diego, 21 de ellos menores: 306 personas en tres vuelos desde el 28 de enero. Un cuarto vuelo llega el 4 de febrero (110 personas) y un quinto el 7 de febrero (91).')
e['citations']=[c('caracol-tv-2025-01-29','Este miércoles 29 de enero aterrizaron en Bogotá otros 105 colombianos deportados de Estados Unidos, entre los que hay 21 menores de edad.'),
  c('rtvc-2025-01-29','Hoy aterrizó en la Base Aérea de CATAM el tercer vuelo con 105 colombianos deportados desde Estados Unidos, proveniente de San Diego, California.'),
  c('noticiasdecolombia-2025-02-07','El 4 de febrero arribaron 110 personas en el cuarto vuelo.'),
  c('contrareplica-fac-2025-02','se realizaron tres vuelos que transportaron a 306 pasajeros, incluyendo 42 niños'),
  c('s2-afp-reworded','repatriated initial groups of migrants back to Bogota on Tuesday and Wednesday'),
  c('contrareplica-2025-01'), c('noticias-medellin-2025-01','los cuatro primeros llegaron el martes y miércoles'), c('h13n-2025-01-30')]
e['confidence']='high'
e['note']=L('The "30 January, 105 people" flight in some reports is this flight, re-dated from an Asian dateline; it is not counted twice. A report of 160 people on the third flight, h13n\'s total of 361 (201 + 160) and a report that the first four flights arrived on Tuesday and Wednesday are contradicted by the Air Force total of 306 on three flights and by the fourth flight\'s arrival on 4 February.',
 'El vuelo del "30 de enero con 105 personas" de algunos medios es este mismo vuelo, fechado con la hora de Asia; no se cuenta dos veces. Un informe de 160 personas en el tercer vuelo, el total de 361 de h13n (201 + 160) y la versión de que los cuatro primeros vuelos llegaron el martes y el miércoles los contradicen el total de la Fuerza Aeroespacial (306 en tres vuelos) y la llegada del cuarto vuelo el 4 de febrero.')
corr(['2025-01-29-fac-further-flights','flights-2025-01-29-fac','flights-2025-02-04-fac','flights-2025-02-07-fac'],
 L('The third Air Force flight (29 January) now has 105 people, not 160; the "30 January, 105 people" flight and a derived "two flights on 29 January" were removed as double counts; the 4 February (110) and 7 February (91) flights were added.',
   'El tercer vuelo de la Fuerza Aeroespacial (29 de enero) tiene ahora 105 personas, no 160; se quitaron el vuelo del "30 de enero con 105 personas" y unos "dos vuelos el 29 de enero" derivados, por ser dobles conteos; se añadieron los vuelos del 4 de febrero (110) y del 7 de febrero (91).'),
 L('Colombian outlets date the 105-person third flight to Wednesday 29 January, and the Air Force total is 306 people on three flights (201 + 105).',
   'Medios colombianos fechan el tercer vuelo, con 105 personas, el miércoles 29 de enero, y el total de la Fuerza Aeroespacial es de 306 personas en tres vuelos (201 + 105).'),
 [c('caracol-tv-2025-01-29','Este miércoles 29 de enero aterrizaron en Bogotá otros 105 colombianos deportados de Estados Unidos, entre los que hay 21 menores de edad.'), c('contrareplica-fac-2025-02','se realizaron tres vuelos que transportaron a 306 pasajeros, incluyendo 42 niños')])

# 6 Jan 2026 protest note: announced, not shown delivered
e=E['2026-01-06-protest-note']
e['title']=L("Colombia announces a protest note to the US chargé d'affaires",'Colombia anuncia una nota de protesta ante el encargado de negocios de EE. UU.')
e['note']=L('Announced; no source found shows that the note was delivered.','Anunciada; ninguna fuente encontrada muestra que la nota se entregara.')
corr(['2026-01-06-protest-note'], L('The title says the protest note was announced, not delivered.','El título dice que la nota de protesta se anunció, no que se entregó.'),
 L('The sources report the Foreign Minister\'s announcement of a meeting to deliver it; none shows the delivery.','Las fuentes informan el anuncio de la canciller de una reunión para entregarla; ninguna muestra la entrega.'), [c('radio-santa-fe-2026-01-06'), c('lanacion-ansa-2026-01-06')])

# 31 Jan 2025 visa reopening: cite what supports the date
e=E['2025-01-31-visa-section-reopens']
e['citations']=[c('afp-arab-news-2025-02-01','resumed issuing visas on January 31'), c('cancilleria-x-2025-01-30'), c('notipress-2025-01-31')]
e['note']=L('Some sources say consular activity resumed on 30 January, the day of the announcement. The reworded AFP copy on parrotmouthblog.com says visas were stopped "from Monday through Friday", which points the other way; the AFP original dates the reopening to 31 January.',
 'Algunas fuentes dicen que la actividad consular se reanudó el 30 de enero, día del anuncio. La copia reescrita de AFP en parrotmouthblog.com dice que las visas se suspendieron "de lunes a viernes", lo que apunta en otra dirección; el original de AFP fecha la reapertura el 31 de enero.')
corr(['2025-01-31-visa-section-reopens'], L('The reworded copy\'s line "ceased visa issuance from Monday through Friday" is no longer cited for the reopening date; the AFP original, which gives 31 January, is.',
 'Ya no se cita para la fecha de reapertura la frase de la copia reescrita "ceased visa issuance from Monday through Friday"; se cita el original de AFP, que da el 31 de enero.'),
 L('That line says visas were stopped through Friday, which contradicts a reopening on Friday 31 January.','Esa frase dice que las visas se suspendieron hasta el viernes, lo que contradice una reapertura el viernes 31 de enero.'), [c('afp-arab-news-2025-02-01','resumed issuing visas on January 31')])

# 19 Oct 2025 aid cut: a citation that says what the event says
e=E['2025-10-19-trump-cuts-aid']
e['citations']=[c('livemint-2025-10-19','AS OF TODAY, THESE PAYMENTS, OR ANY OTHER FORM OF PAYMENT, OR SUBSIDIES, WILL NO LONGER BE MADE TO COLOMBIA'), c('mercopress-2025-10-20')]
e['title']['es']='Trump llama a Petro "líder del narcotráfico" y suspende los pagos de EE. UU. a Colombia'
e['summary']['es']='En Truth Social, Trump llama a Petro "líder del narcotráfico" y anuncia que, desde ese día, no se hará a Colombia ningún pago ni subsidio de ningún tipo.'
corr(['2025-10-19-trump-cuts-aid'], L('The event now cites Trump\'s post ending the payments, not the CNN line "In October, President Trump stepped up his attacks on Petro", which does not mention aid.',
 'El hecho cita ahora la publicación de Trump que pone fin a los pagos, no la frase de CNN "In October, President Trump stepped up his attacks on Petro", que no habla de ayuda.'),
 L('Each citation should say what the event says.','Cada cita debe decir lo que dice el hecho.'), [c('livemint-2025-10-19','AS OF TODAY, THESE PAYMENTS, OR ANY OTHER FORM OF PAYMENT, OR SUBSIDIES, WILL NO LONGER BE MADE TO COLOMBIA')])

# Reciprocal tariff: announced 2 Apr, took effect 5 Apr
e=E['2025-04-02-reciprocal-tariff']
e['title']=L('US announces a 10% baseline "reciprocal" tariff, in force for Colombian goods from 5 April','EE. UU. anuncia un arancel "recíproco" base del 10 %, vigente para los productos colombianos desde el 5 de abril')
e['summary']=L('Executive Order 14257, announced on 2 April 2025, sets a 10% baseline tariff on imports from nearly all countries, Colombia included. It takes effect on 5 April 2025.',
 'La Orden Ejecutiva 14257, anunciada el 2 de abril de 2025, fija un arancel base del 10 % a las importaciones de casi todos los países, incluida Colombia. Entra en vigor el 5 de abril de 2025.')
e['context']=True
corr(['2025-04-02-reciprocal-tariff'], L('The event now says the tariff was announced on 2 April and took effect on 5 April 2025 (it said it applied from 2 April).','El hecho dice ahora que el arancel se anunció el 2 de abril y entró en vigor el 5 de abril de 2025 (decía que se aplicaba desde el 2 de abril).'),
 L('The order took effect on 5 April; the tariff series already started the rate on that day.','La orden entró en vigor el 5 de abril; la serie de aranceles ya empezaba la tasa ese día.'), [c('baker-mckenzie-2025-04')])

# 26 Jan 2025 measures held in reserve: not the weight of lifting sanctions
e=E['2025-01-26-us-holds-measures-in-reserve']
e['cameo']='1312'; e['goldstein']=-5.8
e['note']=L('Coded as a conditional threat of sanctions (1312): the tariffs and financial sanctions were never signed, so nothing was lifted; they were kept ready in case Colombia broke the deal, and the visa sanctions stayed.',
 'Se codifica como amenaza condicional de sanciones (1312): los aranceles y las sanciones financieras nunca se firmaron, así que no se levantó nada; quedaron listos por si Colombia incumplía, y las sanciones de visa se mantuvieron.')
corr(['2025-01-26-us-holds-measures-in-reserve'], L('Recoded from "ease sanctions" (CAMEO 085, +7.0) to "threaten to sanction" (1312, −5.8).','Se recodifica de "aliviar sanciones" (CAMEO 085, +7,0) a "amenazar con sanciones" (1312, −5,8).'),
 L('The measures were "held in reserve, and not signed": nothing was lifted, so the weight of actually lifting sanctions overstated the easing.','Las medidas quedaron "en reserva, sin firmar": no se levantó nada, así que el peso de levantar sanciones exageraba el alivio.'), [c('white-house-2025-01-26','held in reserve, and not signed')])

# FY2023 aid: a disbursed figure is not one of the all-agency totals
for a in d['series']['aid']:
  if a['id']=='aid-2023-disbursed':
    a.pop('dispute',None)
    a['note']=L('ForeignAssistance.gov, as cited by El Tiempo (19 Oct 2025): 708 disbursed across 550 activities. Money paid out, a different measure from the all-agency totals of 740 (AmCham) and 743 (unverified): it is not compared with them.',
      'ForeignAssistance.gov, citado por El Tiempo (19 de octubre de 2025): 708 desembolsados en 550 actividades. Es dinero pagado, una medida distinta de los totales de todas las agencias de 740 (AmCham) y 743 (sin verificar): no se compara con ellos.')
  if a['id']=='aid-2023-total-amcham':
    a['note']['en']=a['note']['en'].replace('Other FY2023 figures: 708 disbursed (ForeignAssistance.gov), 743','Another FY2023 total: 743').replace('Noticias RCN gives','Noticias RCN gives')+' The 708 disbursed (ForeignAssistance.gov) is a different measure.'
    a['note']['es']=a['note']['es'].replace('Otras cifras de 2023: 708 desembolsados (ForeignAssistance.gov), 743','Otro total de 2023: 743')+' Los 708 desembolsados (ForeignAssistance.gov) son otra medida.'
  if a['id']=='aid-2023-total-seed':
    a['note']['en']=a['note']['en'].replace('The closest citable figures are 740 (AmCham) and 708 disbursed (ForeignAssistance.gov).','The closest citable total is 740 (AmCham).')
    a['note']['es']=a['note']['es'].replace('Las cifras citables más cercanas son 740 (AmCham) y 708 desembolsados (ForeignAssistance.gov).','El total citable más cercano es 740 (AmCham).')
corr(['aid-2023-disbursed'], L('The 708 million disbursed in FY2023 is no longer in the same dispute as the all-agency totals (740 and 743).','Los 708 millones desembolsados en 2023 ya no figuran en la misma disputa que los totales de todas las agencias (740 y 743).'),
 L('Disbursements are a different measure from all-agency totals; different measures are never compared as one figure.','Los desembolsos son una medida distinta de los totales de todas las agencias; medidas distintas nunca se comparan como una sola cifra.'), [c('el-tiempo-2025-10-19')])

# §4c.1 Section 122 rate: 10% applied, 15% never
e=E['2026-02-20-section-122-surcharge']
e['summary']=L('After the ruling, Trump proclaims a 150-day, 10% surcharge on imports under Section 122 of the Trade Act, effective 24 February; on 21 February he says it will rise to 15%. The 15% was never applied: US Customs collected 10% from 24 February.',
 'Tras el fallo, Trump proclama un recargo del 10 % a las importaciones durante 150 días en virtud de la Sección 122 de la Ley de Comercio, vigente desde el 24 de febrero; el 21 de febrero dice que subirá al 15 %. El 15 % nunca se aplicó: la aduana de EE. UU. cobró el 10 % desde el 24 de febrero.')
e['context']=True
T['tariff-2026-02-21-us-section-122-15-threat']['note']=L('Trump said so on 21 February 2026. Never applied: US Customs applied 10% from 24 February, and AP still called it a 10% tariff on 12 June 2026.','Trump lo dijo el 21 de febrero de 2026. Nunca se aplicó: la aduana de EE. UU. aplicó el 10 % desde el 24 de febrero, y AP aún hablaba de un arancel del 10 % el 12 de junio de 2026.')
T['tariff-2026-02-21-us-section-122-15-threat']['citations'].append(c('reuters-lanacion-2026-02-24','la tasa anunciada inicialmente por el presidente Donald Trump el viernes en lugar del 15% que prometió un día después.'))
t=T['tariff-2026-02-24-us-section-122']
t['note']=L('Proclaimed 20 February 2026; US Customs applied it at 10% from 24 February. A separate legal basis from the struck-down IEEPA tariff. The free-trade agreement does not shield Colombia: the surcharge is added even where the base rate is 0%.',
 'Proclamado el 20 de febrero de 2026; la aduana de EE. UU. lo aplicó al 10 % desde el 24 de febrero. Tiene una base legal distinta del arancel IEEPA anulado. El TLC no protege a Colombia: el recargo se suma incluso donde el arancel base es 0 %.')
t['event']='2026-02-24-section-122-in-force-10'
t['citations']=[c('reuters-lanacion-2026-02-24','Estados Unidos impuso a partir del martes un arancel adicional del 10% a todos los productos no cubiertos por exenciones, según un aviso emitido por la Oficina de Aduanas y Protección Fronteriza de Estados Unidos'), c('wh-fact-sheet-2026-02')]
corr(['2026-02-20-section-122-surcharge','tariff-2026-02-21-us-section-122-15-threat','tariff-2026-02-24-us-section-122'],
 L('"Whether the 15% took effect is unclear" replaced: the surcharge was applied at 10% from 24 February 2026, and the 15% was never applied.','Se reemplaza "no está claro si el 15 % entró en vigor": el recargo se aplicó al 10 % desde el 24 de febrero de 2026 y el 15 % nunca se aplicó.'),
 L('US Customs applied 10% from 24 February (Reuters); AP still called it a 10% tariff in June.','La aduana de EE. UU. aplicó el 10 % desde el 24 de febrero (Reuters); AP aún hablaba de un arancel del 10 % en junio.'),
 [c('reuters-lanacion-2026-02-24','Estados Unidos impuso a partir del martes un arancel adicional del 10% a todos los productos no cubiertos por exenciones, según un aviso emitido por la Oficina de Aduanas y Protección Fronteriza de Estados Unidos')])

# §4c.2 Petro's arrival in Washington
src('elcolombiano-2026-02-02','El Colombiano','Comitiva de Gustavo Petro para la reunión con Trump (title taken from the URL)','2026-02-02','es','news','A',url='https://www.elcolombiano.com/colombia/comitiva-gustavo-petro-reunion-trump-febrero-IB33107924')
e=E['2026-02-01-petro-travels-to-washington']
e['citations'].append(c('elcolombiano-2026-02-02','El presidente Gustavo Petro llegó en la madrugada a Estados Unidos donde se reunirá con Donald Trump.'))
e['note']=L('Petro left Bogotá on the night of Sunday 1 February and landed around midnight, in the early hours of Monday 2 February (El Colombiano); so CNN\'s "Monday" and the reports of a Sunday arrival both describe the same overnight trip. The event is dated to the departure. The Foreign Ministry\'s permit ran 1–5 February.',
 'Petro salió de Bogotá la noche del domingo 1 de febrero y aterrizó hacia la medianoche, en la madrugada del lunes 2 de febrero (El Colombiano); el "lunes" de CNN y las versiones de una llegada el domingo describen el mismo viaje nocturno. El hecho se fecha en la salida. El permiso de la Cancillería iba del 1 al 5 de febrero.')
corr(['2026-02-01-petro-travels-to-washington'], L('The conflict over Petro\'s arrival date is resolved: he left on the night of 1 February and landed in the early hours of 2 February.','Se resuelve el conflicto sobre la llegada de Petro: salió la noche del 1 de febrero y aterrizó en la madrugada del 2 de febrero.'),
 L('El Colombiano reports the landing "en la madrugada" and the departure on Sunday night.','El Colombiano informa el aterrizaje "en la madrugada" y la salida el domingo por la noche.'),
 [c('elcolombiano-2026-02-02','El presidente Gustavo Petro llegó en la madrugada a Estados Unidos donde se reunirá con Donald Trump.')])

# §4c.3 FY2026 aid framing: 40M is two earmarks, not a total
e=E['2026-02-03-fy2026-appropriations']
e['context']=True
corr(['2026-02-03-fy2026-appropriations','2026-02-24-aid-earmarks-restored'], L('The "US$40 million" for FY2026 is shown as two earmarks (25 + 15), not as a total for Colombia, and is not charted as one.','Los "40 millones de dólares" del año fiscal 2026 se muestran como dos partidas (25 + 15), no como un total para Colombia, y no se grafican como tal.'),
 L('The same two earmark lines appear in earlier bills; the final FY2026 total for Colombia was not found.','Las mismas dos partidas aparecen en proyectos anteriores; no se encontró el total final del año fiscal 2026 para Colombia.'),
 [c('semana-2026-02-24','la asignación contempla 25 millones de dólares dirigidos a comunidades afrocolombianas e indígenas, así como 15 millones de dólares para iniciativas relacionadas con derechos humanos.')])

# Context flags on existing non-bilateral events
for i in ['2026-02-20-supreme-court-strikes-ieepa-tariffs','2025-11-14-farm-goods-exempted']:
  if i in E: E[i]['context']=True

d['corrections']=log
json.dump(d, open(P,'w'), ensure_ascii=False, indent=2); open(P,'a').write('\n')
print('ok', len(log))
