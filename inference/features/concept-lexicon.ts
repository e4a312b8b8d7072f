// Multilingual lexicon of concepts used by prompt-injection / jailbreak attacks, so a classifier
// trained mostly on English can recognise the same concepts in ~40 other languages.
// Entries are matched against the text AFTER normalisation (lower-case, NFKC, Latin accents removed;
// words are runs of letters/digits/marks, so apostrophes and hyphens split words). Entries are folded
// the same way, so they are written in normal spelling with accents. Entry syntax:
//   'word'   matches that whole word exactly
//   'stem*'  matches any word that starts with stem (inflected languages)
//   '*sub*'  matches anywhere inside a word (zh/ja/th, Arabic/Persian/Hebrew words with attached
//            prefixes, German compound heads of 7+ letters)
// One `// xx` comment precedes each language. Entries are not repeated within a concept, so a language
// whose forms are identical to an earlier language's, or that has no safe single-word form (mostly
// Vietnamese, whose syllables collide once tone marks are folded away), keeps only its comment.
export const CONCEPT_LEXICON: Readonly<Record<string, readonly string[]>> = {
  ignore: [
    // en
    'ignore*', 'ignoring', 'disregard*', 'forget*', 'forgot*', 'neglect*',
    // de
    'ignorier*', 'vergiss', 'vergesst', 'vergessen*', 'missachte*', 'übergeh*',
    // fr
    'ignor*', 'oubli*', 'néglig*',
    // es
    'ignora*', 'olvid*', 'omiso',
    // pt
    'ignore', 'ignorar', 'esquec*', 'desconsider*',
    // it
    'ignori', 'ignorare', 'dimentic*', 'trascur*',
    // nl
    'negeer*', 'negeren', 'vergeet', 'vergeten*',
    // pl
    'ignoruj*', 'zignoruj*', 'zapomnij*', 'zapomnie*', 'pomiń', 'pomijaj*', 'lekceważ*',
    // cs
    'ignorova*', 'zapomeň*', 'nevšímej*', 'přehlíž*',
    // sk
    'zabudn*', 'nevšímaj*',
    // ro
    'ignorați', 'uita', 'uitați', 'uitat', 'neglij*',
    // hu
    'ignorál*', 'figyelmen', 'felejts*', 'elfelejt*',
    // sv
    'ignorera*', 'glöm', 'glömm*', 'bortse*', 'strunta*',
    // da
    'ignorer*', 'glem', 'glemme*', 'glemt',
    // no
    'ignorere', 'overse',
    // fi
    'ohita*', 'ohitt*', 'unohda*', 'unohta*', 'sivuuta*', 'huomiotta',
    // et
    'ignoreeri*', 'unusta*', 'eira*',
    // lt
    'ignoruo*', 'pamiršk*', 'pamiršt*', 'nepaisyk*',
    // ru
    'игнор*', 'забудь*', 'забыть', 'забуд*', 'забыв*', 'пренебрег*',
    // uk
    'ігнор*', 'забут*', 'забува*', 'нехту*',
    // bg
    'забрав*', 'пренебрегн*',
    // sr
    'ignoris*', 'zaboravi*', 'zanemari*', 'игнорис*', 'заборави*', 'занемари*',
    // hr
    'ignorira*',
    // sl
    'pozabi*', 'prezri*',
    // el
    'αγνόησ*', 'αγνοήσ*', 'αγνοείτε', 'ξέχνα', 'ξεχάστε', 'ξέχασε', 'παράβλεψε', 'παραβλέψτε',
    // tr
    'yoksay*', 'görmezden', 'unut*', 'ihmal*',
    // ar
    '*تجاهل*', '*أهمل*', '*اهمل*', '*انسى*', '*تنسى*',
    // fa
    '*نادیده*', '*فراموش*',
    // he
    '*התעלם*', '*תתעלם*', '*שכח*', '*הזנח*',
    // hi
    'अनदेखा*', 'नज़रअंदाज़*', 'नजरअंदाज*', 'भूल*', 'उपेक्षा*',
    // bn
    'উপেক্ষা*', 'ভুলে*', 'অগ্রাহ্য*',
    // ur
    'نظرانداز*', 'بھول*', 'فراموش*',
    // id/ms
    'abaikan*', 'mengabaikan', 'lupakan*', 'melupakan', 'hiraukan', 'endahkan',
    // vi
    'phớt', 'quên',
    // th
    '*เพิกเฉย*', '*ไม่สนใจ*', '*ลืม*', '*ละเลย*',
    // tl
    'balewalain', 'ipagwalang', 'kalimutan', 'kaligtaan',
    // sw
    'puuza', 'kupuuza', 'puuzeni', 'sahau', 'kusahau', 'sahauni',
    // zh
    '*忽略*', '*忽视*', '*忽視*', '*无视*', '*無視*', '*忘记*', '*忘記*', '*忘掉*', '*抛开*', '*拋開*',
    // ja
    '*忘れ*', '*わすれ*', '*度外視*',
    // ko
    '무시*', '잊어*', '잊으*', '잊고*', '잊지*', '간과*',
  ],
  override: [
    // en
    'overrid*', 'overrode', 'bypass*', 'circumvent*', 'disabl*', 'deactivat*', 'unlock*',
    // de
    'überschreib*', 'umgehe', 'umgehung*', 'umgangen', 'deaktivier*', 'abschalt*', 'ausschalt*',
    'aufheb*', 'entsperr*',
    // fr
    'contourn*', 'désactiv*', 'outrepass*', 'débloqu*', 'déverrouill*',
    // es
    'elud*', 'evad*', 'desbloque*', 'sobrescrib*', 'anula*',
    // pt
    'contorn*', 'desativ*', 'sobrescrev*', 'burlar',
    // it
    'aggir*', 'disattiv*', 'disabilita*', 'sblocc*', 'scavalc*',
    // nl
    'omzeil*', 'uitschakel*', 'deactiveer*', 'deactiveren', 'ontgrendel*', 'overschrijf*',
    'opheff*',
    // pl
    'obejdź*', 'obejść', 'omiń', 'wyłącz*', 'dezaktywuj*', 'odblokuj*', 'nadpisz*', 'znieś',
    'znieść',
    // cs
    'obejdi', 'obejít', 'obcház*', 'vypni', 'vypnou*', 'deaktivuj*', 'odemkn*', 'zruš', 'zrušit',
    // sk
    'obíď', 'obísť', 'obchádza*', 'vypnú*', 'odomkn*',
    // ro
    'ocol*', 'dezactiv*', 'debloc*', 'debloch*', 'suprascri*',
    // hu
    'megkerül*', 'kikapcsol*', 'deaktivál*', 'felold*', 'hatástalanít*', 'felülír*',
    // sv
    'kringgå*', 'åsidosätt*', 'inaktivera*', 'avaktivera*', 'upphäv*',
    // da
    'omgå', 'omgår', 'tilsidesæt*', 'deaktiver*', 'ophæv*',
    // no
    'overstyr*', 'opphev*',
    // fi
    'ohita*', 'ohitt*', 'kierrä', 'kiertäkää', 'deaktivoi*', 'kumoa*',
    // et
    'deaktiveeri*', 'tühista*', 'lülita',
    // lt
    'apeik*', 'apeiti', 'išjunk*', 'išjungti', 'deaktyvuok*', 'atrakink*', 'panaikink*',
    // ru
    'обойди*', 'обойт*', 'обход*', 'отключ*', 'деактивир*', 'разблокир*', 'сними', 'снимите',
    'снять', 'переопредел*',
    // uk
    'обійди*', 'обійт*', 'вимкн*', 'деактив*', 'розблок*', 'зніми*', 'зняти', 'скасуй*', 'скасув*',
    // bg
    'заобикол*', 'заобикаля*', 'изключи', 'изключете', 'отключи*', 'отмени*',
    // sr
    'zaobiđi*', 'zaobilaz*', 'isključi', 'isključite', 'isključiti', 'deaktivira*', 'otključa*',
    'poništi*', 'заобиђи*', 'заобилаз*', 'искључи', 'искључите', 'искључити', 'деактивира*',
    'откључа*', 'поништи*',
    // hr
    'zaobići', 'onemogući*',
    // sl
    'obidi', 'obiti', 'izklopi*', 'odkleni*', 'onemogoči*', 'razveljavi*', 'deaktiviraj*',
    // el
    'παράκαμψ*', 'παρακάμψ*', 'απενεργοποί*', 'απενεργοποι*', 'ξεκλείδω*', 'ξεκλειδώ*', 'άρση',
    // tr
    'atlat*', 'geçersiz*', 'kilidi*', 'kaldır', 'kaldırın', 'kaldırmak', 'baypas*',
    // ar
    '*تجاوز*', '*تخطى*', '*تخطي*', '*تعطيل*', '*إلغاء*', '*الغاء*', '*تحايل*',
    // fa
    '*غیرفعال*', '*خاموش*', '*دورزدن*',
    // he
    '*עקוף*', '*עקיפת*', '*נטרל*', '*בטל*', '*שחרר*',
    // hi
    'ओवरराइड*', 'बायपास*', 'दरकिनार*', 'निष्क्रिय*', 'अक्षम*', 'हटा*',
    // bn
    'ওভাররাইড*', 'বাইপাস*', 'নিষ্ক্রিয়*', 'এড়িয়ে*', 'আনলক*',
    // ur
    'غیرفعال*', 'منسوخ*', 'معطل*',
    // id/ms
    'nonaktifkan*', 'menonaktifkan', 'matikan', 'nyahaktifkan', 'memintas', 'lewati',
    // vi
    'vượt',
    // th
    '*ข้าม*', '*หลีกเลี่ยง*', '*ปิดใช้งาน*', '*ปิดการใช้งาน*', '*ปลดล็อก*', '*ยกเลิก*',
    // tl
    'lampasan', 'laktawan', 'lusutan', 'alisin',
    // sw
    'kwepa', 'kukwepa', 'zimisha', 'kuzima', 'ondoa',
    // zh
    '*绕过*', '*繞過*', '*规避*', '*規避*', '*禁用*', '*停用*', '*关闭*', '*關閉*', '*解除*', '*解锁*', '*解鎖*', '*覆盖*',
    // ja
    '*回避*', '*無効*', '*迂回*', '*上書き*', '*バイパス*', '*すり抜け*',
    // ko
    '우회*', '비활성*', '해제*', '무력화*', '덮어쓰*', '오버라이드*',
  ],
  previous: [
    // en
    'previous*', 'prior', 'preceding', 'earlier', 'above', 'former', 'formerly', 'original*',
    'initial*',
    // de
    'vorherig*', 'vorig*', 'bisherig*', 'obig*', 'oben', 'ursprünglich*', 'vorangegangen*',
    'vorausgegangen*', 'früher*',
    // fr
    'précédent*', 'précédemment', 'antérieur*', 'dessus', 'ancien', 'ancienne', 'anciens',
    'anciennes', 'originel*', 'initiaux',
    // es
    'anterior*', 'previo*', 'previa*', 'inicial*', 'originales', 'arriba',
    // pt
    'anteriores', 'prévias', 'prévios', 'acima',
    // it
    'anteriori', 'sopra', 'inizial*', 'originali', 'suddett*',
    // nl
    'vorig', 'vorige', 'eerder*', 'bovenstaand*', 'voorgaand*', 'oorspronkelijk*', 'vroeger*',
    'initiële',
    // pl
    'poprzedni*', 'wcześniejsz*', 'powyższ*', 'pierwotn*', 'początkow*', 'dotychczasow*',
    'oryginaln*',
    // cs
    'předchoz*', 'předešl*', 'dřívějš*', 'výše', 'původn*', 'počáteč*',
    // sk
    'predchádzajúc*', 'predošl*', 'skoršie', 'skorší', 'skorších', 'vyššie', 'pôvodn*',
    'počiatočn*',
    // ro
    'anterioare', 'precedente', 'dinainte', 'inițiale', 'originale',
    // hu
    'előző*', 'korábbi*', 'fenti*', 'fent', 'eredeti*', 'kezdeti*',
    // sv
    'tidigare', 'föregående', 'ovanstående', 'ovan', 'ursprunglig*', 'förra',
    // da
    'tidligere', 'ovenstående', 'ovenfor', 'oprindelig*', 'forrige',
    // no
    'opprinnelig*', 'ovennevnte',
    // fi
    'aiemm*', 'aikaisemm*', 'edelli*', 'edellä', 'yllä', 'alkuperäi*',
    // et
    'eelmi*', 'varasem*', 'ülal', 'ülaltoodud', 'ülalmainitud', 'algne', 'algsed', 'esialg*',
    // lt
    'ankstesn*', 'aukščiau', 'pradin*', 'buvusi*',
    // ru
    'предыдущ*', 'прежн*', 'ранее', 'выше', 'вышеуказ*', 'исходн*', 'первоначальн*',
    // uk
    'попередн*', 'раніше', 'вище', 'вищезазнач*', 'початков*', 'первісн*',
    // bg
    'предишн*', 'предходн*', 'горепосочен*', 'първоначалн*', 'изходн*',
    // sr
    'prethodn*', 'ranij*', 'izvorn*', 'prvobitn*', 'početn*', 'претходн*', 'раниј*', 'изворн*',
    'првобитн*', 'почетн*',
    // hr
    'prvotn*',
    // sl
    'prejšnj*', 'predhodn*', 'zgornj*', 'izvirn*', 'začetn*',
    // el
    'προηγούμεν*', 'παραπάνω', 'ανωτέρω', 'αρχικ*', 'πρωτότυπ*', 'πρότερ*',
    // tr
    'önceki*', 'yukarıdaki*', 'yukarıda', 'orijinal*', 'başlangıç*', 'eski',
    // ar
    '*سابق*', '*أعلاه*', '*اعلاه*', '*أصلي*', '*الاصلي*', '*الأولي*',
    // fa
    '*قبلی*', '*پیشین*', '*اولیه*', '*قبلا*',
    // he
    '*קודמ*', '*לעיל*', '*מקורי*', '*ראשוני*',
    // hi
    'पिछल*', 'पूर्व', 'उपरोक्त', 'ऊपर', 'मूल', 'प्रारंभिक', 'पहले',
    // bn
    'আগের', 'পূর্ববর্তী', 'উপরের', 'পূর্বের', 'মূল', 'প্রাথমিক',
    // ur
    'پچھل*', 'سابقہ', 'گزشتہ', 'اوپر', 'اصل', 'ابتدائی',
    // id/ms
    'sebelumnya', 'terdahulu', 'semula', 'asli', 'sebelum',
    // vi
    'trước',
    // th
    '*ก่อนหน้า*', '*ข้างต้น*', '*ข้างบน*', '*ดั้งเดิม*', '*เดิม*',
    // tl
    'nakaraan', 'naunang', 'nauna', 'orihinal', 'itaas',
    // sw
    'iliyopita', 'zilizopita', 'zilizotangulia', 'awali', 'asili',
    // zh
    '*之前*', '*先前*', '*上述*', '*以上*', '*原始*', '*原来*', '*原來*', '*最初*', '*前面*',
    // ja
    '*以前*', '*前の*', '*上記*', '*元の*', '*当初*', '*先ほど*', '*これまで*',
    // ko
    '이전*', '앞서*', '위의', '위에', '기존*', '원래*', '초기*',
  ],
  instruction: [
    // en
    'instruction*', 'directive*', 'guideline*', 'rule', 'rules', 'command*', 'orders', 'prompt',
    'prompts',
    // de
    '*anweisung*', 'instruktion*', '*richtlinie*', 'regel', 'regeln', 'befehl*', 'vorgabe*',
    // fr
    'consigne*', 'règle*', 'commande*', 'ordre', 'ordres',
    // es
    'instrucci*', 'directri*', 'regla', 'reglas', 'orden', 'órdenes', 'comando*', 'indicaciones',
    // pt
    'instruç*', 'diretriz*', 'regra', 'regras', 'ordem', 'ordens',
    // it
    'istruzion*', 'direttiv*', 'regola', 'regole', 'comand*', 'ordini',
    // nl
    'instructie*', 'richtlijn*', 'regels', 'opdracht*', 'bevel', 'bevelen', 'aanwijzing*',
    // pl
    'instrukcj*', 'polecen*', 'wytyczn*', 'zasady', 'zasad', 'reguły', 'rozkaz*', 'dyrektyw*',
    // cs
    'instrukc*', 'pokyn*', 'směrnic*', 'pravidl*', 'příkaz*',
    // sk
    'inštrukci*',
    // ro
    'instrucțiun*', 'regulă', 'reguli', 'regulile', 'comenzi', 'ordinele',
    // hu
    'utasít*', 'irányelv*', 'szabály*', 'parancs*', 'előírás*',
    // sv
    'riktlinje*', 'regler', 'kommando*', 'direktiv*', 'befallning*',
    // da
    'instruks*', 'retningslinje*',
    // no
    'instruksjon*',
    // fi
    'ohje', 'ohjeet', 'ohjeita', 'ohjeiden', 'ohjeistu*', 'käsky*', 'sääntö*', 'säännö*', 'komento',
    'komentoa', 'komentoja', 'komennot', 'kehote', 'kehott*',
    // et
    'juhis*', 'juhend*', 'reegl*', 'käsk', 'käsud', 'käsklus*', 'korraldus*',
    // lt
    'instrukcij*', 'nurodym*', 'taisykl*', 'įsakym*', 'gairės', 'gairių',
    // ru
    'инструкц*', 'указани*', 'правила', 'правило', 'правил', 'директив*', 'команд*', 'промпт*',
    // uk
    'інструкці*', 'вказівк*', 'вказівок', 'наказ', 'накази', 'наказу',
    // bg
    'инструкци*', 'заповед*',
    // sr
    'uputstv*', 'pravila', 'pravilo', 'naredb*', 'инструкциј*', 'упутств*', 'смерниц*', 'наредб*',
    // hr
    'upute', 'uputa', 'uputama', 'smjernic*',
    // sl
    'navodil*', 'ukaz', 'ukazi', 'ukaze', 'ukazov',
    // el
    'οδηγί*', 'εντολ*', 'κανόν*', 'προτροπ*', 'κατευθυντήρι*',
    // tr
    'talimat*', 'yönerge*', 'kural*', 'komut*', 'emir', 'emirler',
    // ar
    '*تعليمات*', '*توجيهات*', '*أوامر*', '*اوامر*', '*قواعد*', '*إرشادات*', '*ارشادات*',
    // fa
    '*دستور*', '*قوانین*', '*رهنمود*', '*پرامپت*', '*فرمان*',
    // he
    '*הוראות*', '*הוראה*', '*הנחיות*', '*הנחיה*', '*כללים*', '*פקודה*', '*פקודות*', '*פרומפט*',
    // hi
    'निर्देश*', 'आदेश*', 'नियम', 'नियमों', 'दिशानिर्देश*', 'प्रॉम्प्ट*', 'कमांड*',
    // bn
    'নির্দেশ*', 'আদেশ*', 'নিয়ম', 'নিয়মগুলো', 'নিয়মাবলী', 'কমান্ড*', 'প্রম্পট*',
    // ur
    'ہدایات', 'ہدایت*', 'احکامات', 'حکم', 'قواعد', 'اصول', 'پرامپٹ*',
    // id/ms
    'instruksi*', 'arahan*', 'perintah*', 'aturan*', 'peraturan*', 'pedoman*', 'petunjuk*',
    // vi
    'lệnh',
    // th
    '*คำสั่ง*', '*คำแนะนำ*', '*กฎ*', '*แนวทาง*', '*ข้อกำหนด*', '*พรอมต์*',
    // tl
    'tagubilin', 'utos', 'panuntunan', 'alituntunin', 'patakaran',
    // sw
    'maagizo', 'agizo', 'amri', 'maelekezo', 'kanuni', 'mwongozo', 'miongozo',
    // zh
    '*指令*', '*指示*', '*规则*', '*規則*', '*命令*', '*提示词*', '*提示詞*', '*准则*', '*準則*', '*守则*',
    // ja
    '*ルール*', '*プロンプト*', '*ガイドライン*', '*規定*',
    // ko
    '지시*', '지침*', '명령*', '규칙*', '프롬프트*', '가이드라인*',
  ],
  system: [
    // en
    'system*', 'config*', 'setup',
    // de
    'konfiguration*', 'einstellung*',
    // fr
    'système*', 'paramètre*', 'paramétrage',
    // es
    'sistema*', 'configuración', 'ajustes',
    // pt
    'configuração', 'configurações', 'definições',
    // it
    'sistemi', 'configurazione', 'impostazion*',
    // nl
    'systeem*', 'systemen', 'configuratie*', 'instelling*',
    // pl
    'systemow*', 'konfiguracj*', 'ustawieni*',
    // cs
    'systémov*', 'konfigurac*', 'nastavení',
    // sk
    'nastaveni*',
    // ro
    'sistem*', 'sistemului', 'configurați*', 'setări',
    // hu
    'rendszer', 'rendszert', 'rendszerben', 'rendszerüzenet*', 'rendszerprompt*', 'konfiguráció*',
    'beállítás*',
    // sv
    'systemet', 'inställning*',
    // da
    'systembesked*', 'indstilling*',
    // no
    'systemmelding*', 'konfigurasjon*', 'innstilling*',
    // fi
    'järjestelm*', 'asetu*', 'konfiguraati*',
    // et
    'süsteem*', 'seaded', 'seadistu*', 'konfiguratsioon*',
    // lt
    'sistemos', 'sistemin*', 'nustatym*', 'konfigūracij*',
    // ru
    'систем*', 'конфигурац*', 'настройк*', 'настроек',
    // uk
    'системн*', 'конфігурац*', 'налаштуван*',
    // bg
    'системата', 'системен', 'настройките',
    // sr
    'sistemsk*', 'podešavanj*', 'системск*', 'конфигурациј*', 'подешавањ*',
    // hr
    'sustav*', 'postavk*',
    // sl
    'sistemski', 'nastavitv*',
    // el
    'σύστημ*', 'συστήμ*', 'ρυθμίσ*', 'ρύθμισ*', 'διαμόρφωσ*',
    // tr
    'yapılandırma*', 'ayarlar*', 'konfigürasyon*',
    // ar
    '*نظام*', '*إعدادات*', '*اعدادات*', '*تكوين*',
    // fa
    '*سیستم*', '*سامانه*', '*پیکربندی*', '*تنظیمات*',
    // he
    '*מערכת*', '*מערכות*', '*תצורה*', '*הגדרות*',
    // hi
    'सिस्टम*', 'प्रणाली*', 'कॉन्फ़िगरेशन*', 'सेटिंग्स',
    // bn
    'সিস্টেম*', 'কনফিগারেশন*', 'সেটিংস', 'ব্যবস্থা',
    // ur
    'سسٹم*', 'نظام', 'ترتیبات', 'کنفیگریشن*',
    // id/ms
    'sistemnya', 'konfigurasi*', 'pengaturan*', 'tetapan*',
    // vi — none: no single syllable is safe after tone folding (hệ/thống collide with very common words)
    // th
    '*ระบบ*', '*ตั้งค่า*', '*กำหนดค่า*',
    // tl
    'sistemang', 'pagsasaayos',
    // sw
    'mfumo', 'mifumo', 'usanidi', 'mipangilio',
    // zh
    '*系统*', '*系統*', '*配置*', '*设置*', '*設置*', '*设定*',
    // ja
    '*システム*', '*設定*', '*構成*',
    // ko
    '시스템*', '설정*', '환경설정*',
  ],
  reveal: [
    // en
    'reveal*', 'disclos*', 'show', 'showing', 'display*', 'print*', 'output*', 'repeat*', 'recite*',
    'expose*', 'exposing', 'leak*',
    // de
    'enthüll*', 'offenleg*', 'offenbaren', 'zeig*', 'anzeig*', 'ausgeben', 'wiederhol*', 'verrat*',
    'preisgeb*',
    // fr
    'révél*', 'divulgu*', 'montr*', 'affich*', 'imprim*', 'répét*', 'dévoil*',
    // es
    'muestr*', 'mostr*', 'repit*',
    // pt
    'exib*', 'vazar', 'vaze',
    // it
    'rivel*', 'visualizz*', 'stampa*', 'ripet*',
    // nl
    'onthul*', 'toon', 'tonen', 'weergeef*', 'weergeven', 'herhaal*', 'herhalen', 'prijsgeven',
    'lekken',
    // pl
    'ujawni*', 'pokaz*', 'wyświetl*', 'wypisz*', 'wydrukuj*', 'powtórz*', 'zdradź*', 'wyjaw*',
    // cs
    'odhal*', 'prozraď*', 'ukaž*', 'ukázat', 'zobraz*', 'vypiš*', 'zopakuj*', 'opakuj*',
    // sk
    'prezraď*',
    // ro
    'dezvălu*', 'arată', 'arătați', 'afișa*', 'tipăr*', 'repeta*',
    // hu
    'fedd', 'mutasd*', 'megmutat*', 'jelenítsd*', 'kiír*', 'ismételd*', 'ismételje', 'szivárogtat*',
    // sv
    'avslöja*', 'visa', 'visar', 'upprepa*', 'läcka',
    // da
    'afslør*', 'vise', 'viser', 'gentag*', 'udskriv*', 'lække',
    // no
    'avslør*', 'gjenta*', 'lekke',
    // fi
    'paljasta*', 'näytä*', 'tulostaa', 'tulostakaa', 'toistaa*', 'kerro',
    // et
    'avalda*', 'näita', 'näidake', 'kuva*', 'prindi*', 'korrake',
    // lt
    'atsklei*', 'parodyk*', 'parodyti', 'rodyk', 'išvesk*', 'spausdin*', 'pakartok*',
    // ru
    'раскрой*', 'раскрыт*', 'раскрыв*', 'покажи*', 'показать', 'выведи*', 'напечатай*', 'повтори*',
    'выдай*',
    // uk
    'розкрий*', 'розкрит*', 'покажіть', 'показати', 'надрукуй*', 'повторіть', 'виведіть',
    // bg
    'разкрий*', 'покажете', 'изведи*', 'отпечатай*', 'разгласи*',
    // sr
    'otkrij*', 'prikaži*', 'prikazati', 'ispiši*', 'ponovi*', 'otkriti', 'откриј*', 'прикажи*',
    'испиши*', 'понови*', 'открити',
    // hr
    'razotkrij*', 'pokaži*',
    // sl
    'razkrij*', 'izpiši*', 'izdaj',
    // el
    'αποκάλυψ*', 'αποκαλύψ*', 'δείξ*', 'εμφάνισ*', 'εμφανίσ*', 'τύπωσε', 'εκτύπωσ*', 'επανάλαβ*',
    'επαναλάβ*',
    // tr
    'açığa', 'göster*', 'yazdır*', 'tekrarla*', 'ifşa*', 'sızdır*',
    // ar
    '*كشف*', '*أظهر*', '*اظهر*', '*اعرض*', '*اطبع*', '*كرر*', '*إفشاء*', '*تسريب*',
    // fa
    '*فاش*', '*آشکار*', '*نشان*', '*نمایش*', '*چاپ*', '*تکرار*',
    // he
    '*חשוף*', '*הצג*', '*הראה*', '*הדפס*', '*הדלף*',
    // hi
    'बता*', 'दिखा*', 'प्रकट*', 'उजागर*', 'प्रिंट*', 'दोहरा*', 'लीक*',
    // bn
    'প্রকাশ*', 'দেখাও', 'দেখান', 'প্রদর্শন*', 'প্রিন্ট*', 'পুনরাবৃত্তি*', 'ফাঁস*',
    // ur
    'ظاہر*', 'بتاؤ', 'بتائیں', 'دکھاؤ', 'دکھائیں', 'پرنٹ', 'دہراؤ', 'دہرائیں', 'افشا',
    // id/ms
    'ungkap*', 'tunjukkan*', 'tampilkan*', 'perlihatkan*', 'cetak*', 'ulangi*', 'bocor*',
    'dedahkan',
    // vi — none: no single syllable is safe after tone folding (tiết/lộ/hiện collide with very common words)
    // th
    '*เปิดเผย*', '*แสดง*', '*พิมพ์*', '*ทวนซ้ำ*', '*ทำซ้ำ*', '*รั่วไหล*',
    // tl
    'ibunyag', 'isiwalat', 'ipakita', 'ipalabas', 'ulitin', 'ilantad',
    // sw
    'fichua', 'funua', 'onyesha', 'onyeshe', 'chapisha', 'rudia', 'vujisha',
    // zh
    '*透露*', '*泄露*', '*洩露*', '*泄漏*', '*显示*', '*顯示*', '*展示*', '*打印*', '*输出*', '*輸出*', '*重复*', '*重複*',
    '*告诉我*', '*告訴我*',
    // ja
    '*教えて*', '*表示し*', '*出力*', '*見せて*', '*繰り返*', '*開示*', '*漏洩*', '*明かし*',
    // ko
    '공개*', '보여*', '드러내*', '출력*', '표시*', '반복*', '알려*', '유출*', '누설*',
  ],
  secret: [
    // en
    'secret', 'secrets', 'password*', 'passcode*', 'passphrase*', 'credential*', 'token', 'tokens',
    'api', 'apikey', 'confidential*',
    // de
    'geheim*', '*passwort*', '*kennwort*', 'zugangsdaten*', '*schlüssel*', 'vertraulich*',
    // fr
    'secrète', 'secrètes', 'identifiant*', 'confidentiel*', 'clé', 'clés', 'jeton', 'jetons',
    // es
    'secreto*', 'secreta*', 'contraseña*', 'clave*', 'credencial*', 'confidencial*',
    // pt
    'senha*', 'chave*', 'credenciais', 'sigilos*',
    // it
    'segreto', 'segreta', 'segreti', 'segrete', 'chiave', 'chiavi', 'credenzial*', 'riservat*',
    // nl
    'wachtwoord*', 'sleutel*', 'inloggegevens', 'vertrouwelijk*',
    // pl
    'sekret', 'sekrety', 'sekretu', 'tajn*', 'hasł*', 'haseł', 'klucz', 'klucze', 'klucza',
    'poufn*',
    // cs
    'tajemstv*', 'heslo', 'hesla', 'hesel', 'klíč', 'klíče', 'důvěrn*',
    // sk
    'tajomstv*', 'hesiel', 'kľúč', 'kľúče', 'dôvern*',
    // ro
    'secretul', 'parolele', 'cheie', 'chei',
    // hu
    'titk*', 'titok', 'jelszó*', 'jelszav*', 'kulcs', 'kulcsot', 'kulcsok', 'bizalmas*',
    // sv
    'hemlig*', 'lösenord*', 'nyckel*', 'nycklar', 'konfidentiell*',
    // da
    'hemmelig*', 'adgangskode*', 'kodeord*', 'nøgle*', 'fortrolig*',
    // no
    'passord*', 'nøkkel*', 'nøkler', 'konfidensiell*',
    // fi
    'salainen', 'salaiset', 'salaisen', 'salaista', 'salaisuu*', 'salasan*', 'avain*', 'avaim*',
    'tunnuks*', 'luottamuksel*',
    // et
    'salaj*', 'saladus*', 'parool*', 'võtme*', 'konfidentsiaal*',
    // lt
    'slapt*', 'paslapt*', 'raktas', 'rakto', 'raktai', 'konfidencial*',
    // ru
    'секрет', 'секреты', 'секретн*', 'тайн*', 'парол*', 'ключ*', 'конфиденциальн*', 'токен*',
    // uk
    'таємн*', 'пароль', 'паролі', 'ключі', 'конфіденційн*', 'облікові',
    // bg
    'паролата', 'ключа', 'поверителн*', 'таен',
    // sr
    'lozink*', 'ključ', 'ključevi', 'poverljiv*', 'тајн*', 'лозинк*', 'кључ', 'кључеви',
    'поверљив*',
    // hr
    'zaporka*', 'povjerljiv*',
    // sl
    'skrivnost*', 'skrivno', 'skrivni', 'geslo', 'gesla', 'gesel', 'zaupn*',
    // el
    'μυστικ*', 'κωδικ*', 'συνθηματικ*', 'κλειδ*', 'εμπιστευτικ*', 'διαπιστευτήρι*',
    // tr
    'gizli*', 'sır', 'sırlar', 'şifre*', 'anahtar*',
    // ar
    '*أسرار*', '*اسرار*', 'السر', 'سري', '*سرية*', '*مفتاح*', 'المرور', '*توكن*',
    // fa
    '*گذرواژه*', '*پسورد*', '*کلید*', '*محرمانه*', 'راز', '*توکن*', '*رمز*',
    // he
    'סוד', 'סודות', 'הסוד', 'סודי', 'הסודי', '*סיסמ*', '*מפתח*', '*חסוי*', '*טוקן*',
    // hi
    'गुप्त*', 'रहस्य*', 'पासवर्ड*', 'कुंजी*', 'गोपनीय*', 'टोकन*',
    // bn
    'গোপন*', 'রহস্য*', 'পাসওয়ার্ড*', 'চাবি', 'টোকেন*',
    // ur
    'خفیہ', 'رازوں', 'پاسورڈ', 'چابی', 'ٹوکن',
    // id/ms
    'rahasia*', 'rahsia*', 'sandi', 'kredensial*', 'kunci',
    // vi — none: no single syllable is safe after tone folding (mật/khẩu collide with very common words)
    // th
    '*ความลับ*', '*รหัส*', '*กุญแจ*', '*คีย์*', '*โทเค็น*',
    // tl
    'lihim', 'sikreto', 'susi', 'kumpidensyal',
    // sw
    'siri', 'nenosiri', 'nywila', 'ufunguo',
    // zh
    '*秘密*', '*机密*', '*機密*', '*密码*', '*密碼*', '*密钥*', '*密鑰*', '*口令*', '*令牌*', '*凭证*', '*憑證*', '*私钥*',
    '*私鑰*',
    // ja
    '*パスワード*', '*トークン*', '*認証情報*', '*暗証番号*', '*秘密鍵*', '*内緒*',
    // ko
    '비밀*', '암호*', '패스워드*', '토큰*', '기밀*', '자격증명*', '인증정보*',
  ],
  restriction: [
    // en
    'restrict*', 'limitation*', 'limit', 'limits', 'filter*', 'censor*', 'safeguard*', 'safety',
    'ethic*', 'moral*', 'guardrail*', 'boundar*', 'policy', 'policies',
    // de
    '*einschränkung*', '*beschränkung*', 'einschränk*', 'beschränk*', 'grenze', 'grenzen',
    'zensur*', 'sicherheit*', 'ethik*', 'moralisch*',
    // fr
    'restriction*', 'limite*', 'filtr*', 'censur*', 'sécurité', 'éthique*', 'contrainte*',
    // es
    'restricci*', 'límites', 'limitaci*', 'filtro*', 'seguridad', 'ética*', 'salvaguard*',
    // pt
    'restriç*', 'limitaç*', 'filtros', 'censura', 'segurança', 'salvaguarda*',
    // it
    'restrizion*', 'limitazion*', 'limiti', 'filtri', 'sicurezza', 'salvaguardi*',
    // nl
    'beperk*', 'restrictie*', 'grens', 'censuur', 'veiligheid*', 'ethiek', 'ethisch*', 'beleid',
    'moraal',
    // pl
    'ogranicz*', 'limity', 'cenzur*', 'bezpieczeństw*', 'etyka', 'etyki', 'etyczn*', 'moraln*',
    // cs
    'omez*', 'bezpečnost*', 'etika', 'etiky', 'etick*',
    // sk
    'obmedz*', 'zábran*',
    // ro
    'restricți*', 'limitări', 'siguranț*',
    // hu
    'korlát*', 'szűrő*', 'szűrés*', 'biztonság*', 'etikai', 'erkölcs*',
    // sv
    'begräns*', 'restriktion*', 'gräns', 'gränsen', 'gränser', 'gränserna', 'säkerhet*', 'etik',
    'etisk*',
    // da
    'begræns*', 'grænse*', 'sikkerhed*',
    // no
    'begrens*', 'grense*', 'sikkerhet*', 'etikk', 'sensur*',
    // fi
    'rajoit*', 'raja', 'rajat', 'suodat*', 'sensuur*', 'turvallisuu*', 'etiikka', 'eetti*',
    // et
    'piirang*', 'piira*', 'tsensuur*', 'turvalisu*', 'eetika*', 'eetili*', 'moraal*',
    // lt
    'apribo*', 'ribojim*', 'ribos', 'saugum*', 'etikos',
    // ru
    'огранич*', 'лимит*', 'фильтр*', 'цензур*', 'безопасност*', 'этика', 'этики', 'этическ*',
    'морал*',
    // uk
    'обмеж*', 'ліміт*', 'фільтр*', 'безпек*', 'етика', 'етичн*',
    // bg
    'филтър*', 'филтри', 'сигурност*',
    // sr
    'ograniče*', 'ograniči*', 'bezbednost*', 'sigurnost*', 'ограничењ*', 'безбедност*', 'етичк*',
    // hr
    'filtar',
    // sl
    'omejitv*', 'omeji*', 'omejen*', 'varnost*', 'etičn*',
    // el
    'περιορισμ*', 'όρια', 'όριο', 'φίλτρ*', 'λογοκρισ*', 'λογοκρίσ*', 'ασφάλει*', 'ηθικ*',
    'δεοντολογ*',
    // tr
    'kısıt*', 'sınır*', 'filtre*', 'sansür*', 'güvenlik*', 'ahlak*',
    // ar
    '*قيود*', '*تقييد*', '*حدود*', '*فلتر*', '*رقابة*', '*أمان*', '*أخلاق*', '*اخلاق*', '*ضوابط*',
    '*سياسات*',
    // fa
    '*محدودیت*', '*فیلتر*', '*سانسور*', '*امنیت*', '*اخلاقی*', '*سیاست*',
    // he
    '*הגבל*', '*מגבל*', '*גבול*', '*סינון*', '*צנזור*', '*בטיחות*', '*אתיק*', '*מוסר*', '*מדיניות*',
    // hi
    'प्रतिबंध*', 'सीमा*', 'फ़िल्टर*', 'फिल्टर*', 'सेंसरशिप*', 'सुरक्षा*', 'नैतिक*', 'नीति*',
    // bn
    'নিষেধাজ্ঞা*', 'সীমা*', 'ফিল্টার*', 'সেন্সরশিপ*', 'নিরাপত্তা*', 'নৈতিক*', 'নীতি*',
    // ur
    'پابندی*', 'حدود', 'فلٹر*', 'سنسر*', 'حفاظت*', 'اخلاق*', 'پالیسی*',
    // id/ms
    'batas*', 'pembatasan*', 'penyaringan', 'keamanan*', 'keselamatan*', 'etis', 'kebijakan*',
    'sekatan*', 'tapisan',
    // vi
    'duyệt',
    // th
    '*ข้อจำกัด*', '*กรอง*', '*เซ็นเซอร์*', '*ความปลอดภัย*', '*จริยธรรม*', '*ศีลธรรม*', '*นโยบาย*',
    // tl
    'paghihigpit', 'limitasyon', 'hangganan', 'kaligtasan', 'moralidad', 'sensura',
    // sw
    'vikwazo', 'vizuizi', 'kizuizi', 'mipaka', 'kikomo', 'kichujio', 'udhibiti', 'usalama',
    'maadili',
    // zh
    '*限制*', '*约束*', '*約束*', '*过滤*', '*過濾*', '*审查*', '*審查*', '*安全*', '*道德*', '*伦理*', '*倫理*', '*护栏*',
    '*護欄*',
    // ja
    '*制限*', '*制約*', '*フィルタ*', '*検閲*', '*規制*', '*ガードレール*', '*ポリシー*',
    // ko
    '제한*', '제약*', '필터*', '검열*', '안전*', '윤리*', '도덕*', '정책*', '가드레일*',
  ],
  unrestricted: [
    // en
    'unrestrict*', 'unlimited', 'unfiltered', 'uncensored', 'unbound*', 'unconstrained',
    'limitless', 'boundless', 'unchained',
    // de
    'uneingeschränkt*', 'unbeschränkt*', 'unbegrenzt*', 'ungefiltert*', 'unzensiert*',
    'grenzenlos*', 'schrankenlos*',
    // fr
    'illimité*', 'débridé*', 'affranchi*',
    // es
    'ilimitad*', 'irrestrict*', 'desenfrenad*',
    // pt
    'irrestrit*', 'desenfread*',
    // it
    'illimitat*', 'sfrenat*', 'svincolat*',
    // nl
    'onbeperkt*', 'ongefilterd*', 'ongecensureerd*', 'onbegrensd*', 'grenzeloos*', 'ongeremd*',
    // pl
    'nieograniczon*', 'niefiltrowan*', 'nieocenzurowan*', 'bezgraniczn*', 'nieskrępowan*',
    // cs
    'neomezen*', 'nefiltrovan*', 'necenzurovan*', 'bezmezn*', 'nespoutan*',
    // sk
    'neobmedzen*', 'bezhranič*', 'neviazan*',
    // ro
    'nelimitat*', 'nerestricționat*', 'nefiltrat*', 'necenzurat*', 'nestingherit*',
    // hu
    'korlátlan*', 'szűretlen*', 'cenzúrázatlan*', 'határtalan*',
    // sv
    'obegränsa*', 'ofiltrera*', 'ocensurera*', 'gränslös*', 'obunden*',
    // da
    'ubegrænse*', 'ufiltrere*', 'ucensurere*', 'grænseløs*', 'uhæmme*',
    // no
    'ubegrense*', 'ufiltrer*', 'usensurer*', 'grenseløs*',
    // fi
    'rajoittamat*', 'rajaton', 'rajattom*', 'rajoituksetta', 'suodattamat*', 'sensuroimat*',
    // et
    'piiramatu*', 'piiranguteta', 'filtreerimata', 'tsenseerimata',
    // lt
    'neribot*', 'nefiltruot*', 'necenzūruot*', 'beribi*',
    // ru
    'неогранич*', 'безгранич*', 'безлимит*', 'нефильтрован*', 'нецензур*',
    // uk
    'необмежен*', 'безмежн*', 'безлімітн*', 'нефільтрован*',
    // bg
    'неограничен*', 'безграничн*', 'нефилтриран*', 'нецензуриран*',
    // sr
    'neograničen*', 'bezgranič*', 'nefiltriran*', 'necenzurisan*', 'нецензурисан*',
    // hr
    'necenzuriran*',
    // sl
    'neomejen*', 'brezmejn*',
    // el
    'απεριόριστ*', 'αφιλτράριστ*', 'αλογόκριτ*', 'ανεξέλεγκτ*',
    // tr
    'sınırsız*', 'kısıtlamasız*', 'filtresiz*', 'sansürsüz*', 'kuralsız*',
    // ar
    '*لامحدود*', '*متحرر*', '*منفلت*', '*بلاحدود*',
    // fa
    '*نامحدود*', '*بیقید*', '*بیحد*',
    // he
    '*משוחרר*', '*פרוע*',
    // hi
    'असीमित*', 'अप्रतिबंधित*', 'बेलगाम*', 'अनफ़िल्टर्ड*', 'अनसेंसर्ड*',
    // bn
    'সীমাহীন*', 'অবাধ*', 'অসীম*', 'সেন্সরবিহীন*', 'ফিল্টারবিহীন*',
    // ur
    'لامحدود', 'غیرمحدود', 'بےلگام',
    // id/ms
    'bebas',
    // vi — none: no single syllable is safe after tone folding (giới/hạn collide with very common words)
    // th
    '*ไม่จำกัด*', '*ไร้ขีดจำกัด*', '*ไม่มีข้อจำกัด*', '*ไม่มีการกรอง*', '*ไม่มีการเซ็นเซอร์*',
    '*ไร้ขอบเขต*',
    // tl
    'malaya',
    // sw
    'huru',
    // zh
    '*无限*', '*無限*', '*不受限*', '*无过滤*', '*無過濾*', '*未过滤*', '*未過濾*', '*无审查*', '*無審查*', '*不受约束*',
    '*不受約束*', '*没有限制*', '*沒有限制*',
    // ja
    '*無制限*', '*制限なし*', '*制限のない*', '*検閲なし*', '*無検閲*', '*フィルタなし*', '*フィルターなし*',
    // ko
    '무제한*', '제한없*', '무검열*', '검열없*', '필터없*', '무필터*',
  ],
  pretend: [
    // en
    'pretend*', 'act', 'acting', 'roleplay*', 'role', 'roles', 'imagine*', 'simulat*', 'persona',
    'personas', 'character', 'characters', 'impersonat*',
    // de
    'rollenspiel*', 'rolle', 'rollen', 'simulier*', 'charakter*', 'verkörper*', 'vorstellen',
    // fr
    'semblant', 'imagin*', 'incarn*', 'personnage*', 'agis', 'agissez', 'simule*', 'simuler',
    // es
    'finge', 'fingir', 'finjas', 'finja', 'imagina*', 'actúa', 'actuar', 'rol', 'simula*',
    'personaje*', 'interpreta*',
    // pt
    'atue', 'personagem*', 'simule', 'interprete',
    // it
    'fingi', 'fingere', 'finga', 'immagin*', 'ruolo', 'ruoli', 'personaggi*', 'comportati',
    'impersona*',
    // nl
    'alsof', 'rollenspel*', 'simuleer*', 'personage*', 'karakter*', 'verbeeld*',
    // pl
    'udawaj*', 'udawać', 'wciel*', 'odgrywaj*', 'odegraj*', 'wyobraź*', 'rola', 'roli', 'symuluj*',
    'postać',
    // cs
    'předstír*', 'hraj*', 'hrát', 'představ', 'postava', 'postavu', 'vžij',
    // sk
    'predstier*', 'rolu',
    // ro
    'prefă', 'pretinde*', 'joacă', 'rolul', 'simulea*', 'personaj*', 'interpretea*',
    // hu
    'színlel*', 'játssz*', 'szerep', 'szerepet', 'szerepben', 'szerepjáték*', 'szerepjátsz*',
    'képzeld*', 'szimulál*', 'viselkedj', 'megszemélyesít*',
    // sv
    'låtsas*', 'rollspel*', 'föreställ*', 'simulera*', 'agera*',
    // da
    'foregiv*', 'rollespil*', 'forestil*', 'simuler*', 'agér', 'agere',
    // no
    'rollespill*', 'forestill*', 'opptre*',
    // fi
    'teeskentele*', 'teeskennel*', 'esitä', 'leiki*', 'kuvittele*', 'rooli*', 'simuloi*', 'hahmo',
    'hahmona', 'hahmoa', 'hahmon',
    // et
    'teeskle*', 'kujuta*', 'kujutle*', 'mängige', 'mängima', 'rolli', 'rollis', 'simuleeri*',
    'tegelas*',
    // lt
    'apsimesk*', 'apsimesti', 'vaidink*', 'vaidmen*', 'vaidmuo', 'įsivaizduok*', 'simuliuok*',
    'personaž*',
    // ru
    'притвор*', 'представь*', 'ролев*', 'роль', 'роли', 'ролью', 'сыграй*', 'играй*', 'изобрази*',
    'персонаж*',
    // uk
    'удавай*', 'прикидай*', 'уяви*', 'рольов*', 'ролі', 'зіграй*',
    // bg
    'престори*', 'преструвай*', 'представи', 'представете', 'роля', 'ролята', 'изиграй*',
    'симулирай*',
    // sr
    'pretvaraj*', 'zamisli*', 'glumi*', 'odigraj*', 'uloga', 'ulogu', 'претварај*', 'замисли*',
    'глуми*', 'одиграј*', 'улога', 'улогу',
    // hr
    'utjelovi*',
    // sl
    'pretvarja*', 'predstavljaj*', 'igraj*', 'vloga', 'vlogo',
    // el
    'προσποιήσ*', 'προσποιού*', 'υποδύ*', 'φαντάσ*', 'παίξε', 'ρόλο', 'ρόλος', 'ρόλου', 'χαρακτήρ*',
    'περσόνα',
    // tr
    'davran', 'davranın', 'rolünü', 'canlandır*', 'hayal*', 'farz*', 'taklit*',
    // ar
    '*تظاهر*', '*تخيل*', '*تقمص*', '*العب*', '*محاكاة*', '*شخصية*', '*تصرف*',
    // fa
    '*وانمود*', '*تصور*', '*تخیل*', 'نقش', '*شخصیت*', 'بازی',
    // he
    '*העמד*', '*תעמיד*', '*דמיין*', '*תדמיין*', '*שחק*', '*תפקיד*', '*דמות*', '*הדמי*',
    // hi
    'दिखावा*', 'नाटक*', 'कल्पना*', 'भूमिका*', 'किरदार*', 'अभिनय*', 'बनो', 'बनकर',
    // bn
    'ভান', 'অভিনয়*', 'কল্পনা*', 'ভূমিকা*', 'চরিত্র*', 'সিমুলেট*',
    // ur
    'دکھاوا', 'بہانہ', 'تصور*', 'کردار*', 'اداکاری*', 'نقالی*',
    // id/ms
    'berpura', 'bayangkan*', 'peran', 'peranmu', 'peranan', 'berperan*', 'bertindak',
    'simulasikan*', 'tokoh', 'lakonkan',
    // vi — none: no single syllable is safe after tone folding (giả/vờ/vai collide with very common words)
    // th
    '*แกล้งทำ*', '*สมมติ*', '*จินตนาการ*', '*สวมบทบาท*', '*บทบาท*', '*แสดงเป็น*', '*จำลอง*',
    '*ตัวละคร*', '*เล่นเป็น*',
    // tl
    'magpanggap', 'magkunwari', 'kunwari', 'gumanap', 'gampanan', 'tauhan',
    // sw
    'jifanye', 'kujifanya', 'igiza', 'kuigiza', 'dhima', 'mhusika',
    // zh
    '*假装*', '*假裝*', '*扮演*', '*角色*', '*想象*', '*想像*', '*模拟*', '*模擬*', '*充当*', '*充當*', '*人设*', '*人設*',
    // ja
    '*ふりをし*', '*演じ*', '*ロールプレイ*', '*なりきっ*', '*役割*', '*キャラクター*', '*シミュレート*', '*なりすま*',
    // ko
    '척해*', '척하*', '역할*', '연기해*', '연기하*', '상상*', '롤플레이*', '캐릭터*', '흉내*',
  ],
  ai: [
    // en
    'ai', 'artificial', 'assistant*', 'chatbot*', 'bot', 'bots', 'llm', 'llms', 'gpt', 'chatgpt',
    'agent', 'agents', 'neural',
    // de
    'ki', 'künstlich*', 'assistent*', '*sprachmodell*', 'neuronal*',
    // fr
    'ia', 'artificiel*', 'conversationnel*', 'robot', 'robots',
    // es
    'asistente*',
    // pt
    'assistente*',
    // it
    'artificiale',
    // nl
    'kunstmatig*', 'taalmodel*',
    // pl
    'sztuczn*', 'asystent*', 'czatbot*',
    // cs
    'umělá', 'umělé', 'umělou',
    // sk
    'umelú', 'umelej',
    // ro
    'artificială', 'asistentul',
    // hu
    'mesterséges*', 'asszisztens*', 'csevegőrobot*', 'nyelvmodell*',
    // sv
    'artificiell*', 'språkmodell*',
    // da
    'kunstig*', 'sprogmodel*',
    // no
    'samtalerobot*',
    // fi
    'tekoäly*', 'avustaja*', 'kielimalli*', 'botti',
    // et
    'tehisintellekt*', 'tehisaru*', 'keelemudel*', 'vestlusrobot*',
    // lt
    'dirbtin*', 'robotas', 'asistentas',
    // ru
    'ии', 'искусственн*', 'ассистент*', 'помощник*', 'бот', 'нейросет*', 'чатбот*', 'агент',
    // uk
    'ші', 'штучн*', 'асистент*', 'помічник*', 'нейромереж*',
    // bg
    'изкуствен*', 'невронн*',
    // sr
    'veštačk*', 'četbot*', 'вештачк*', 'четбот*',
    // hr
    'umjetna', 'umjetne', 'umjetnu',
    // sl
    'umetna', 'umetne', 'umetno', 'pomočnik*', 'klepetaln*',
    // el
    'τν', 'τεχνητ*', 'βοηθός', 'βοηθό', 'νευρωνικ*', 'ρομπότ',
    // tr
    'yapay*', 'asistan*', 'yz', 'botu',
    // ar
    '*اصطناعي*', 'مساعد', 'المساعد', '*روبوت*', 'بوت',
    // fa
    '*مصنوعی*', '*دستیار*', '*ربات*', '*چتبات*',
    // he
    '*מלאכותי*', '*עוזר*', 'בוט', 'הבוט', '*רובוט*', '*סוכן*',
    // hi
    'एआई', 'कृत्रिम*', 'सहायक*', 'चैटबॉट*', 'बॉट*', 'एजेंट*',
    // bn
    'এআই', 'কৃত্রিম*', 'সহকারী*', 'চ্যাটবট*',
    // ur
    'مصنوعی*', 'معاون*', 'اسسٹنٹ*', 'روبوٹ*',
    // id/ms
    'kecerdasan', 'asisten*', 'pembantu',
    // vi — none: no single syllable is safe after tone folding (trí/tuệ/trợ/lý collide with very common words)
    // th
    '*ปัญญาประดิษฐ์*', '*เอไอ*', '*ผู้ช่วย*', '*แชทบอท*', '*บอท*', '*โมเดลภาษา*',
    // tl
    'artipisyal', 'katulong',
    // sw
    'bandia', 'msaidizi', 'roboti',
    // zh
    '*人工智能*', '*人工智慧*', '*助手*', '*助理*', '*机器人*', '*機器人*', '*语言模型*', '*語言模型*', '*大模型*', '*神经网络*',
    '*神經網路*', '*智能体*', '*智能體*',
    // ja
    '*人工知能*', '*アシスタント*', '*ボット*', '*言語モデル*', '*エージェント*', '*ニューラル*',
    // ko
    '인공지능*', '어시스턴트*', '챗봇*', '비서*', '언어모델*', '에이전트*', '봇',
  ],
  user: [
    // en
    'user*', 'customer*',
    // de
    '*benutzer*', 'nutzer*', 'anwender*', 'kunden',
    // fr
    'utilisateur*', 'utilisatrice*', 'client*',
    // es
    'usuario*', 'usuaria*', 'cliente*',
    // pt
    'utilizador*',
    // it
    'utent*',
    // nl
    'gebruiker*', 'eindgebruiker*', 'klant*',
    // pl
    'użytkowni*', 'klient*',
    // cs
    'uživatel*', 'zákazník*',
    // sk
    'používateľ*',
    // ro
    'utilizator*', 'clientul',
    // hu
    'felhasználó*', 'ügyfél*',
    // sv
    'användar*', 'kund', 'kunder',
    // da
    'brugeren', 'brugere', 'brugerens', 'brugerne', 'slutbruger*',
    // no
    'brukeren', 'brukere', 'brukerens', 'brukerne', 'sluttbruker*',
    // fi
    'käyttäjä*', 'asiakas*', 'asiakkaa*',
    // et
    'kasutaja*', 'lõppkasutaja*',
    // lt
    'naudotoj*', 'vartotoj*',
    // ru
    'пользовател*', 'юзер*', 'клиент*',
    // uk
    'користувач*', 'клієнт*',
    // bg
    'потребител*',
    // sr
    'korisnik*', 'klijent*', 'корисник*', 'клијент*',
    // hr
    'korisnic*',
    // sl
    'uporabnik*', 'uporabnic*',
    // el
    'χρήστ*', 'χρηστών', 'πελάτ*',
    // tr
    'kullanıcı*', 'müşteri*',
    // ar
    '*مستخدم*', '*عميل*',
    // fa
    '*کاربر*', '*مشتری*',
    // he
    '*משתמש*', '*לקוח*',
    // hi
    'उपयोगकर्ता*', 'यूज़र*', 'यूजर*', 'ग्राहक*',
    // bn
    'ব্যবহারকারী*', 'ইউজার*', 'গ্রাহক*',
    // ur
    'صارف*', 'یوزر*', 'گاہک*',
    // id/ms
    'pengguna*', 'pemakai*', 'pelanggan*',
    // vi
    'khách',
    // th
    '*ผู้ใช้*', '*ลูกค้า*',
    // tl
    'gumagamit', 'tagagamit', 'kliyente',
    // sw
    'mtumiaji', 'watumiaji', 'mteja', 'wateja',
    // zh
    '*用户*', '*用戶*', '*使用者*', '*客户*', '*客戶*',
    // ja
    '*ユーザ*', '*利用者*', '*顧客*', '*お客様*',
    // ko
    '사용자*', '유저*', '고객*', '이용자*',
  ],
  send: [
    // en
    'send*', 'sent', 'forward*', 'transmit*', 'upload*', 'post', 'submit*', 'email*', 'exfiltrat*',
    'deliver*',
    // de
    'schick', 'schicke', 'schicken', 'schickt', 'übermittl*', 'übermittel*', 'übertrag*',
    'weiterleit*', 'hochlad*', 'verschick*',
    // fr
    'envoi*', 'envoy*', 'transmet*', 'transfér*', 'télécharg*', 'soumet*', 'exfiltr*',
    // es
    'envia*', 'reenvia*', 'remit*', 'mandar', 'mándame', 'mándalo', 'entrega', 'entregar',
    // pt
    'encaminh*', 'submet*', 'mande', 'entregue',
    // it
    'invia*', 'inoltr*', 'trasmett*', 'mandami', 'consegn*',
    // nl
    'stuur*', 'sturen', 'verstuur*', 'versturen', 'verzend*', 'zend*', 'doorstuur*', 'doorsturen',
    // pl
    'wyślij*', 'wysłać', 'wysył*', 'przekaż*', 'prześlij*', 'przesył*', 'wgraj*', 'dostarcz*',
    // cs
    'pošli*', 'poslat', 'odešli*', 'odeslat', 'přepošli*', 'přeposlat', 'nahraj*', 'předej*',
    // sk
    'odošli*', 'odoslať',
    // ro
    'trimite*', 'trimis', 'expedia*', 'redirecționea*', 'încarcă',
    // hu
    'küld', 'küldd', 'küldj', 'küldje', 'küldjed', 'küldeni', 'elküld*', 'továbbít*', 'feltölt*',
    // sv
    'skicka*', 'sända', 'vidarebefordra*', 'överföra', 'överföring*', 'mejla*',
    // da
    'videresend*', 'overfør*', 'sendt',
    // no
    'oversend*',
    // fi
    'lähetä*', 'lähettä*', 'siirrä', 'toimita*',
    // et
    'saatke', 'saatma', 'saata', 'edasta*',
    // lt
    'siųsk*', 'siųsti', 'išsiųsk*', 'persiųsk*', 'perduok*', 'įkelk*',
    // ru
    'отправ*', 'отошли*', 'перешли*', 'передай*', 'передать', 'загрузи*', 'выгрузи*',
    // uk
    'надішли*', 'надіслати', 'надсила*', 'відправ*', 'завантаж*',
    // bg
    'изпрати*', 'изпращ*', 'препрати*', 'качи*',
    // sr
    'pošalji*', 'poslati', 'prosledi*', 'otpremi*', 'пошаљи*', 'послати', 'проследи*', 'отпреми*',
    // hr
    'proslijedi*', 'prenesi', 'učitaj*',
    // sl
    'pošlji*', 'posreduj*', 'naloži*',
    // el
    'στείλ*', 'αποστολ*', 'προώθησ*', 'προωθήσ*', 'μετάδοσ*', 'ανέβασ*', 'υπόβαλε',
    // tr
    'gönder*', 'ilet', 'iletin', 'yolla*', 'yükle*', 'aktar*',
    // ar
    '*أرسل*', '*ارسل*', '*إرسال*', '*ارسال*', '*ابعث*', '*ارفع*',
    // fa
    '*فرست*', '*آپلود*', '*انتقال*',
    // he
    '*שלח*', '*שליחה*', '*תעביר*', '*להעביר*',
    // hi
    'भेज*', 'अग्रेषित*', 'फॉरवर्ड*', 'अपलोड*', 'प्रेषित*',
    // bn
    'পাঠাও', 'পাঠান', 'পাঠাতে', 'পাঠিয়ে', 'পাঠানো', 'ফরোয়ার্ড*', 'আপলোড*', 'প্রেরণ*',
    // ur
    'بھیج*', 'فارورڈ*', 'اپلوڈ*', 'ترسیل*',
    // id/ms
    'kirim*', 'mengirim*', 'teruskan', 'unggah*', 'hantar*', 'menghantar',
    // vi — none: no single syllable is safe after tone folding (gửi folds to "gui", an English word)
    // th
    '*ส่ง*', '*อัปโหลด*', '*อัพโหลด*',
    // tl
    'ipadala', 'magpadala', 'ipasa', 'isumite',
    // sw
    'tuma', 'kutuma', 'tumeni', 'peleka', 'pakia',
    // zh
    '*发送*', '*發送*', '*发给*', '*發給*', '*转发*', '*轉發*', '*上传*', '*上傳*', '*提交*', '*传输*', '*傳輸*',
    // ja
    '*送信*', '*送って*', '*送る*', '*転送*', '*アップロード*', '*送付*',
    // ko
    '보내*', '전송*', '전달*', '업로드*', '송신*', '제출*',
  ],
  data: [
    // en
    'data', 'conversation*', 'message', 'messages', 'contacts', 'file', 'files', 'document*',
    'information', 'personal', 'history', 'transcript*',
    // de
    'daten', 'datei*', 'dokument*', 'unterhaltung*', 'gespräch*', '*nachricht*', 'kontakte',
    'informationen', 'verlauf', 'personenbezogen*',
    // fr
    'données', 'fichier*', 'historique', 'informations', 'coordonnées', 'renseignements',
    // es
    'datos', 'conversaci*', 'mensaje*', 'archivo*', 'informaci*', 'historial', 'contactos',
    // pt
    'dados', 'conversa*', 'mensage*', 'arquivo*', 'ficheiro*', 'informaç*', 'histórico', 'contatos',
    // it
    'dati', 'conversazion*', 'messaggi*', 'informazion*', 'cronologia', 'contatti',
    // nl
    'gegevens', 'gesprek*', 'bericht*', 'bestanden', 'bestand', 'informatie', 'contacten',
    'persoonsgegevens',
    // pl
    'dane', 'danych', 'rozmow*', 'wiadomoś*', 'plik', 'pliki', 'pliku', 'plików', 'informacj*',
    'kontakty', 'historię',
    // cs
    'údajů', 'konverzac*', 'rozhovor*', 'zprávy', 'zpráv', 'soubor*', 'informace',
    // sk
    'údajov', 'konverzáci*', 'správy', 'správ', 'súbor', 'súbory', 'súboru', 'súborov',
    'informácie',
    // ro
    'datele', 'datelor', 'conversați*', 'mesaj*', 'fișier*', 'informații', 'informațiile',
    'istoricul', 'contacte',
    // hu
    'adat', 'adatok', 'adatokat', 'adatait', 'adatai', 'adatbázis*', 'beszélgetés*', 'üzenet*',
    'fájl*', 'dokumentum*', 'információ*', 'előzmény*',
    // sv
    'uppgifter', 'konversation*', 'samtal*', 'meddelande*', 'filer', 'historik*', 'personuppgift*',
    // da
    'oplysninger', 'samtale*', 'besked*', 'personoplysning*', 'meddelelse*',
    // no
    'opplysninger', 'melding*', 'historikk*', 'personopplysning*',
    // fi
    'tiedot', 'tietoja', 'tietoa', 'tiedost*', 'keskustelu*', 'viesti*', 'asiakirj*', 'yhteystied*',
    'henkilötie*',
    // et
    'andme*', 'vestlus*', 'sõnum*', 'failid', 'faili', 'teave', 'teavet', 'kontaktid',
    'isikuandme*',
    // lt
    'duomen*', 'pokalb*', 'žinut*', 'pranešim*', 'failai', 'failus', 'informacij*', 'istorij*',
    // ru
    'данные', 'данных', 'данными', 'переписк*', 'разговор*', 'диалог*', 'сообщени*', 'файл*',
    'документ*', 'информаци*', 'контакт*',
    // uk
    'дані', 'даних', 'листуван*', 'розмов*', 'повідомлен*', 'інформаці*',
    // bg
    'данни', 'данните', 'съобщени*',
    // sr
    'podaci', 'podatke', 'podataka', 'razgovor*', 'poruk*', 'datotek*', 'подаци', 'податке',
    'податак*', 'порук*', 'датотек*', 'фајл*', 'информациј*',
    // hr
    'podatci',
    // sl
    'podatkov', 'podatkih', 'pogovor*', 'sporočil*', 'stiki', 'zgodovin*',
    // el
    'δεδομέν*', 'συνομιλί*', 'μήνυμ*', 'μηνύμ*', 'αρχεί*', 'έγγραφ*', 'πληροφορί*', 'επαφές',
    'ιστορικό',
    // tr
    'veriler', 'verileri', 'verilerini', 'veriyi', 'konuşma', 'konuşmalar*', 'konuşmayı', 'sohbet*',
    'dosya*', 'belgeler', 'belgeleri', 'belgeyi', 'bilgi*', 'kişisel',
    // ar
    '*بيانات*', '*محادث*', '*رسائل*', '*رسالة*', '*ملف*', '*مستند*', '*وثائق*', '*معلومات*',
    // fa
    'داده', '*گفتگو*', '*مکالمه*', '*پیام*', '*فایل*', '*اسناد*', '*اطلاعات*', '*مخاطبین*',
    // he
    '*נתונים*', '*שיחה*', '*שיחות*', '*הודעות*', '*הודעה*', '*קבצים*', '*קובץ*', '*מסמכים*',
    '*מידע*',
    // hi
    'डेटा*', 'डाटा*', 'बातचीत*', 'संदेश*', 'मैसेज*', 'फ़ाइल*', 'फाइल*', 'दस्तावेज़*', 'दस्तावेज*',
    'जानकारी*', 'संपर्क*',
    // bn
    'ডেটা*', 'ডাটা*', 'কথোপকথন*', 'বার্তা*', 'মেসেজ*', 'ফাইল*', 'নথি*', 'তথ্য*', 'পরিচিতি*',
    // ur
    'ڈیٹا*', 'گفتگو*', 'پیغام*', 'فائل*', 'دستاویز*', 'معلومات*',
    // id/ms
    'percakapan*', 'perbualan', 'pesan', 'pesannya', 'mesej', 'berkas', 'dokumen*', 'informasi*',
    'maklumat*', 'obrolan', 'riwayat',
    // vi
    'tệp',
    // th
    '*ข้อมูล*', '*สนทนา*', '*ข้อความ*', '*ไฟล์*', '*เอกสาร*', '*ประวัติ*', '*รายชื่อติดต่อ*',
    // tl
    'impormasyon', 'usapan', 'mensahe', 'talaan', 'dokumento',
    // sw
    'taarifa', 'mazungumzo', 'ujumbe', 'jumbe', 'nyaraka', 'mawasiliano',
    // zh
    '*数据*', '*數據*', '*资料*', '*資料*', '*对话*', '*對話*', '*聊天记录*', '*聊天記錄*', '*消息*', '*訊息*', '*文件*',
    '*档案*', '*檔案*', '*信息*', '*联系人*', '*聯絡人*',
    // ja
    '*データ*', '*会話*', '*メッセージ*', '*ファイル*', '*文書*', '*情報*', '*連絡先*', '*履歴*',
    // ko
    '데이터*', '대화*', '메시지*', '파일*', '문서*', '정보*', '연락처*', '기록*', '개인정보*',
  ],
  henceforth: [
    // en
    'henceforth', 'hereafter', 'henceforward', 'onward', 'onwards',
    // de
    'fortan', 'künftig', 'hinfort', 'nunmehr', 'zukünftig',
    // fr
    'désormais', 'dorénavant',
    // es
    'adelante',
    // pt
    'doravante', 'diante',
    // it
    'innanzi',
    // nl
    'voortaan', 'hierna',
    // pl
    'odtąd',
    // cs
    'odteď', 'odnynějška', 'napříště', 'nadále',
    // sk
    'odteraz', 'naďalej',
    // ro
    'încolo', 'începând',
    // hu
    'mostantól', 'ezentúl', 'ezután', 'mától',
    // sv
    'hädanefter', 'framöver', 'fortsättningsvis',
    // da
    'fremover', 'herefter', 'fremadrettet',
    // no
    'heretter',
    // fi
    'tästedes', 'jatkossa', 'vastedes', 'lähtien', 'eteenpäin',
    // et
    'edaspidi', 'nüüdsest',
    // lt
    'šiol', 'ateityje',
    // ru
    'отныне', 'впредь', 'дальнейшем',
    // uk
    'відтепер', 'надалі', 'віднині',
    // bg
    'отсега', 'занапред', 'нататък',
    // sr
    'odsad', 'odsada', 'ubuduće', 'nadalje', 'одсад', 'одсада', 'убудуће', 'надаље',
    // hr — same forms as sr ('odsad', 'ubuduće', 'nadalje')
    // sl
    'odslej', 'odsedaj', 'poslej',
    // el
    'εφεξής', 'εξής',
    // tr
    'itibaren', 'artık',
    // ar
    '*فصاعدا*', '*اعتبارا*',
    // fa — none: only multi-word phrases (از این به بعد, از این پس) whose single words are all very common
    // he
    '*מעתה*', '*מעכשיו*', '*להבא*', '*והלאה*',
    // hi
    'आइंदा', 'अबसे',
    // bn
    'অতঃপর', 'এরপর',
    // ur
    'آئندہ',
    // id/ms
    'selanjutnya', 'seterusnya', 'kedepannya',
    // vi — none: no single syllable is safe after tone folding (từ/giờ/nay collide with very common words)
    // th
    '*นับจากนี้*', '*ต่อจากนี้*', '*ตั้งแต่นี้*', '*จากนี้ไป*',
    // tl
    'magmula',
    // sw
    'kuanzia',
    // zh
    '*从现在*', '*從現在*', '*从今*', '*從今*', '*今后*', '*今後*', '*此后*', '*此後*',
    // ja
    '*これから*', '*今から*', '*以降*', '*これより*',
    // ko
    '지금부터*', '이제부터*', '앞으로*', '향후*',
  ],
  instead: [
    // en
    'instead', 'rather',
    // de
    'stattdessen', 'statt', 'anstatt', 'anstelle',
    // fr
    'plutôt',
    // es — none: only "en vez de" / "en lugar de", whose words (vez, lugar) are very common alone
    // pt
    'invés',
    // it
    'invece', 'anziché', 'piuttosto',
    // nl
    'liever',
    // pl
    'zamiast', 'raczej',
    // cs
    'namísto',
    // sk
    'namiesto', 'radšej',
    // ro
    'degrabă',
    // hu
    'helyett', 'inkább',
    // sv
    'istället', 'snarare',
    // da
    'istedet', 'snarere', 'hellere',
    // no
    'istedenfor', 'isteden',
    // fi
    'sijaan', 'ennemmin', 'mieluummin',
    // et
    'asemel', 'pigem',
    // lt
    'vietoj', 'užuot', 'verčiau',
    // ru
    'вместо', 'взамен',
    // uk
    'замість', 'натомість',
    // bg
    'наместо',
    // sr
    'umesto', 'radije', 'уместо', 'радије',
    // hr
    'umjesto',
    // sl
    'namesto', 'raje',
    // el
    'αντί', 'αντ', 'μάλλον',
    // tr
    'yerine',
    // ar
    '*بدلا*', 'بدل', '*عوضا*',
    // fa
    '*بجای*', 'عوض',
    // he
    '*במקום*',
    // hi
    'बजाय', 'बजाए',
    // bn
    'পরিবর্তে', 'বদলে',
    // ur
    'بجائے',
    // id/ms
    'gantinya', 'alih',
    // vi — none: no single syllable is safe after tone folding (thay/vì collide with very common words)
    // th
    '*แทน*',
    // tl
    'halip',
    // sw
    'badala',
    // zh
    '*而不是*', '*代替*', '*取而代之*', '*改为*', '*改為*', '*转而*', '*轉而*',
    // ja
    '*代わり*', '*かわり*', '*ではなく*',
    // ko
    '대신*', '말고',
  ],
  admin: [
    // en
    'admin*', 'developer*', 'root', 'superuser*', 'sudo', 'operator*', 'creator*', 'owner*',
    'sysadmin*',
    // de
    'entwickler*', 'betreiber*', 'ersteller*', 'schöpfer*', 'eigentümer*', 'besitzer*',
    // fr
    'développeur*', 'opérateur*', 'créateur*', 'propriétaire*', 'concepteur*',
    // es
    'administrador*', 'desarrollador*', 'operador*', 'creador*', 'propietario*', 'dueño*',
    // pt
    'desenvolvedor*', 'programador*', 'criador*', 'proprietário*',
    // it
    'amministrator*', 'sviluppator*', 'proprietari*', 'programmatore',
    // nl
    'beheerder*', 'ontwikkelaar*', 'eigenaar*', 'schepper*', 'maker',
    // pl
    'deweloper*', 'programist*', 'twórc*', 'właściciel*',
    // cs
    'vývojář*', 'provozovatel*', 'tvůrc*', 'vlastník*',
    // sk
    'prevádzkovateľ*', 'tvorc*',
    // ro
    'dezvoltator*', 'proprietar*', 'creatorul',
    // hu
    'rendszergazda*', 'adminisztrátor*', 'fejlesztő*', 'üzemeltető*', 'készítő*', 'tulajdonos*',
    'alkotó*',
    // sv
    'administratör*', 'utvecklare*', 'skapare*', 'ägare*',
    // da
    'udvikler*', 'operatør*', 'skaber*', 'ejer', 'ejeren', 'ejere',
    // no
    'utvikler*', 'skaper*', 'eieren', 'eiere', 'eierne',
    // fi
    'ylläpitäjä*', 'kehittäjä*', 'operaattori*', 'luoja*', 'omistaja*', 'pääkäyttäjä*',
    // et
    'administraator*', 'arendaja*', 'haldur*', 'looja*', 'omanik*',
    // lt
    'kūrėj*', 'savinink*', 'administratori*',
    // ru
    'админ*', 'разработчик*', 'оператор*', 'создател*', 'владел*', 'суперпользовател*',
    // uk
    'адмін*', 'розробник*', 'творець', 'творця', 'власник*',
    // bg
    'създател*', 'собственик*',
    // sr
    'programer*', 'razvijač*', 'operater*', 'tvorac', 'tvorca', 'kreator*', 'vlasnik*',
    'програмер*', 'развијач*', 'оператер*', 'творац', 'творца',
    // hr
    'razvijatelj*',
    // sl
    'skrbnik*', 'razvijal*', 'ustvarjal*', 'lastnik*', 'upravljavec',
    // el
    'διαχειριστ*', 'προγραμματιστ*', 'δημιουργ*', 'ιδιοκτήτ*', 'χειριστ*',
    // tr
    'yönetici*', 'geliştirici*', 'yaratıcı*', 'sahibi',
    // ar
    '*مدير*', '*مطور*', '*المشغل*', '*منشئ*', '*مالك*', '*صانع*', '*المسؤول*',
    // fa
    '*مدیر*', '*ادمین*', '*سازنده*', '*مالک*', '*اپراتور*',
    // he
    '*מנהל*', '*מפתח*', '*מפעיל*', '*יוצר*', '*בעלים*', '*אדמין*',
    // hi
    'व्यवस्थापक*', 'एडमिन*', 'डेवलपर*', 'निर्माता*', 'मालिक*', 'संचालक*', 'ऑपरेटर*',
    // bn
    'প্রশাসক*', 'অ্যাডমিন*', 'ডেভেলপার*', 'নির্মাতা*', 'মালিক*', 'স্রষ্টা*', 'অপারেটর*',
    // ur
    'منتظم*', 'ایڈمن*', 'ڈیولپر*', 'مالک', 'خالق',
    // id/ms
    'pengembang*', 'pembuat*', 'pemilik*', 'pentadbir*', 'pencipta*', 'pembangun',
    // vi — none: no single syllable is safe after tone folding (quản/trị/phát collide with very common words)
    // th
    '*ผู้ดูแล*', '*แอดมิน*', '*ผู้พัฒนา*', '*นักพัฒนา*', '*ผู้สร้าง*', '*เจ้าของ*',
    // tl
    'tagapangasiwa', 'tagapaglikha', 'lumikha', 'tagagawa',
    // sw
    'msimamizi', 'msanidi', 'muundaji', 'mmiliki', 'mwendeshaji',
    // zh
    '*管理员*', '*管理員*', '*开发者*', '*開發者*', '*开发人员*', '*開發人員*', '*创造者*', '*創造者*', '*创建者*', '*所有者*',
    '*超级用户*', '*超級用戶*',
    // ja
    '*管理者*', '*開発元*', '*運営者*', '*作成者*', '*製作者*', '*オーナー*', '*オペレーター*',
    // ko
    '관리자*', '개발자*', '운영자*', '제작자*', '창조자*', '소유자*', '어드민*',
  ],
  mode: [
    // en
    'mode', 'modes',
    // de
    'modus',
    // fr — same word as en (mode)
    // es
    'modo', 'modos',
    // pt — same word as es (modo)
    // it
    'modalità',
    // nl — same word as de (modus)
    // pl
    'tryb', 'trybie', 'trybu',
    // cs
    'režim*',
    // sk — same word as cs (režim*)
    // ro
    'modului',
    // hu
    'üzemmód*', 'módba', 'módban',
    // sv — none: läge/läget fold to lage/laget (German "Lage", Swedish "team"): skipped
    // da
    'tilstand',
    // no — same word as de (modus)
    // fi
    'tila', 'tilaan', 'tilassa',
    // et
    'režiim*',
    // lt — same word as cs (režim*)
    // ru
    'режим*',
    // uk — same word as ru (режим*)
    // bg — same word as ru (режим*)
    // sr — same words as cs/ru (režim*, режим*)
    // hr — same word as cs (režim*)
    // sl — same word as cs (režim*); način is too common
    // el
    'λειτουργία', 'λειτουργίας',
    // tr
    'modu', 'modunda', 'moduna', 'modda',
    // ar
    '*وضع*', '*نمط*',
    // fa
    '*حالت*',
    // he
    '*מצב*',
    // hi
    'मोड',
    // bn
    'মোড', 'মোডে',
    // ur
    'موڈ',
    // id/ms
    'mod',
    // vi — none: no single syllable is safe after tone folding (chế/độ collide with very common words)
    // th
    '*โหมด*',
    // tl — same word as en (mode)
    // sw
    'hali',
    // zh
    '*模式*',
    // ja
    '*モード*',
    // ko
    '모드*',
  ],
  refuse: [
    // en
    'refus*', 'declin*', 'reject*', 'deny*', 'apolog*', 'sorry', 'warning*', 'disclaimer*',
    'caveat*',
    // de
    'verweiger*', 'weiger*', 'ablehn*', 'zurückweis*', 'entschuldig*', '*warnung*',
    'haftungsausschluss*',
    // fr
    'rejet*', 'rejett*', 'excus*', 'désolé*', 'avertiss*',
    // es
    'rechaz*', 'niega', 'niegues', 'nieguen', 'negar*', 'deniega*', 'disculp*', 'advertencia*',
    'lamento',
    // pt
    'recus*', 'rejeit*', 'negue', 'desculp*', 'aviso', 'avisos', 'isenção',
    // it
    'rifiut*', 'rigett*', 'nega', 'negare', 'scusa', 'scusami', 'scusate', 'avvertenz*', 'dispiace',
    // nl
    'afwijz*', 'verontschuldig*', 'excuses', 'waarschuwing*', 'helaas',
    // pl
    'odmów*', 'odmaw*', 'odrzuć*', 'przepras*', 'przeprosin*', 'ostrzeżen*', 'zastrzeżen*',
    'niestety',
    // cs
    'odmít*', 'zamít*', 'omluv*', 'varován*', 'bohužel',
    // sk
    'odmiet*', 'zamiet*', 'ospravedln*', 'bohužiaľ', 'žiaľ',
    // ro
    'refuz*', 'respinge*', 'respins', 'neagă', 'scuz*', 'avertisment*', 'regret*',
    // hu
    'elutasít*', 'megtagad*', 'tagad*', 'bocsánat*', 'elnézés*', 'figyelmeztet*', 'sajnos',
    'sajnálom',
    // sv
    'vägra*', 'avvisa*', 'avböj*', 'neka*', 'ursäkt*', 'beklaga*', 'varning*', 'tyvärr',
    // da
    'nægt*', 'afvis*', 'afslå*', 'undskyld*', 'beklage*', 'advarsel*', 'desværre',
    // no
    'nekt', 'nekte', 'nekter', 'nektet', 'avvis*', 'avslå*', 'unnskyld*', 'dessverre',
    // fi
    'kieltäy*', 'kiellä*', 'hylkä*', 'torju*', 'anteeksi', 'pahoittel*', 'varoitu*',
    'valitettavasti',
    // et
    'keeldu*', 'lükka*', 'eita*', 'vabanda*', 'hoiatus*', 'kahjuks',
    // lt
    'atsisak*', 'atmesk*', 'atmesti', 'paneig*', 'atsiprašy*', 'atsiprašau', 'įspėjim*',
    // ru
    'отказ*', 'откаж*', 'отклон*', 'отвергн*', 'извин*', 'сожалению', 'предупрежд*', 'дисклеймер*',
    // uk
    'відмов*', 'відхил*', 'вибач*', 'перепрош*', 'жаль', 'попереджен*', 'застереж*',
    // bg
    'отхвърл*', 'съжалявам', 'съжаление', 'предупрежден*',
    // sr
    'odbij*', 'odbaci*', 'izvini*', 'upozoren*', 'nažalost', 'одбиј*', 'одбаци*', 'извини*',
    'упозорењ*', 'нажалост',
    // hr
    'ispričaj*', 'isprik*',
    // sl
    'zavrni*', 'zavrač*', 'opravič*', 'opozoril*',
    // el
    'αρνήσ*', 'άρνησ*', 'αρνηθ*', 'απόρριψ*', 'απορρίψ*', 'συγγνώμη', 'δυστυχώς', 'προειδοποίησ*',
    'αποποίησ*',
    // tr
    'reddet*', 'reddi', 'inkar*', 'özür*', 'uyarı*', 'maalesef', 'feragat*',
    // ar
    '*رفض*', '*اعتذر*', '*أعتذر*', '*اعتذار*', '*تحذير*', '*آسف*', '*عذرا*', '*للأسف*',
    // fa
    '*امتناع*', '*خودداری*', '*عذرخواهی*', '*متاسف*', '*متأسف*', '*هشدار*', '*نپذیر*',
    // he
    '*סרב*', '*סירוב*', '*דחה*', '*התנצל*', '*מצטער*', '*אזהר*', '*לצערי*',
    // hi
    'मना', 'इनकार*', 'इंकार*', 'अस्वीकार*', 'माफ़ी*', 'माफी*', 'क्षमा*', 'चेतावनी*', 'खेद',
    // bn
    'প্রত্যাখ্যান*', 'অস্বীকার*', 'দুঃখিত', 'ক্ষমা*', 'সতর্ক*', 'দুর্ভাগ্যবশত',
    // ur
    'انکار*', 'مسترد*', 'معذرت*', 'معافی*', 'افسوس*', 'انتباہ*', 'بدقسمتی*',
    // id/ms
    'tolak*', 'menolak', 'penolakan', 'maaf*', 'peringatan*', 'sayangnya', 'sangkal*', 'penafian',
    // vi
    'tiếc',
    // th
    '*ปฏิเสธ*', '*ขอโทษ*', '*ขออภัย*', '*เสียใจ*', '*เตือน*',
    // tl
    'tumanggi', 'tanggihan', 'paumanhin', 'patawad', 'babala',
    // sw
    'kataa', 'kukataa', 'samahani', 'onyo', 'tahadhari',
    // zh
    '*拒绝*', '*拒絕*', '*抱歉*', '*对不起*', '*對不起*', '*道歉*', '*警告*', '*免责*', '*免責*', '*驳回*', '*駁回*',
    // ja
    '*拒否*', '*断る*', '*断っ*', '*申し訳*', '*すみません*', '*ごめん*', '*謝罪*',
    // ko
    '거절*', '거부*', '사과드*', '사과하*', '죄송*', '미안*', '경고*', '면책*',
  ],
  never: [
    // en
    'never', 'anymore',
    // de
    'niemals', 'keinesfalls', 'nimmer', 'keineswegs',
    // fr
    'jamais',
    // es
    'nunca', 'jamás',
    // pt — same words as es/fr (nunca, jamais)
    // it
    'mai', 'giammai',
    // nl
    'nooit',
    // pl
    'nigdy', 'przenigdy',
    // cs
    'nikdy',
    // sk — same word as cs (nikdy)
    // ro
    'niciodată', 'nicicând',
    // hu
    'soha', 'sosem', 'többé',
    // sv
    'aldrig',
    // da — same word as sv (aldrig)
    // no
    'aldri',
    // fi
    'koskaan', 'enää',
    // et
    'kunagi', 'iialgi',
    // lt
    'niekada', 'niekad',
    // ru
    'никогда',
    // uk
    'ніколи',
    // bg
    'никога',
    // sr
    'nikada', 'nikad', 'никада', 'никад',
    // hr
    'nikako', 'nipošto',
    // sl
    'nikoli', 'nikdar',
    // el
    'ποτέ', 'ουδέποτε', 'πια',
    // tr
    'asla', 'katiyen', 'artık',
    // ar
    '*أبدا*', '*ابدا*', '*مطلقا*',
    // fa
    '*هرگز*', '*هیچوقت*',
    // he
    '*לעולם*', '*מעולם*',
    // hi
    'कभी', 'कदापि',
    // bn
    'কখনো', 'কখনোই', 'কখনও',
    // ur
    'کبھی', 'ہرگز',
    // id/ms
    'pernah',
    // vi
    'nữa',
    // th
    '*ไม่เคย*', '*อีกต่อไป*', '*ไม่มีวัน*',
    // tl
    'kailanman',
    // sw
    'kamwe',
    // zh
    '*从不*', '*從不*', '*永不*', '*永远不*', '*永遠不*', '*绝不*', '*絕不*', '*决不*', '*決不*', '*再也不*', '*不再*',
    // ja
    '*決して*', '*二度と*',
    // ko
    '절대*', '결코*', '다시는', '더이상*',
  ],
  obey: [
    // en
    'obey*', 'obedien*', 'comply*', 'complian*', 'follow', 'execute*', 'executing', 'must',
    'mandatory', 'obligat*', 'adhere*',
    // de
    'gehorch*', 'befolg*', 'ausführen', 'muss', 'musst', 'müssen', 'pflicht*', 'verpflichte*',
    'zwingend', 'einhalt*',
    // fr
    'obéi*', 'conform*', 'respectez', 'suivez', 'exécuter', 'devez', 'obligatoire*',
    // es
    'obedec*', 'cumple', 'cumplir', 'cumplas', 'acata*', 'sigue', 'ejecuta*', 'debes',
    'obligatori*',
    // pt
    'cumpra', 'cumprir', 'siga', 'deve', 'deves', 'obrigatóri*',
    // it
    'obbedi*', 'attieniti', 'segui', 'esegui*', 'devi', 'obbligatori*',
    // nl
    'gehoorza*', 'volg', 'uitvoer*', 'moet', 'moeten', 'verplicht*', 'naleven',
    // pl
    'posłusz*', 'słuchaj*', 'wykonaj*', 'wykonuj*', 'musisz', 'musi', 'obowiązk*', 'przestrzega*',
    // cs
    'poslechni*', 'poslouchej*', 'uposlechn*', 'dodržuj*', 'vykonej*', 'musíš', 'povinn*',
    // sk
    'poslúchni*', 'poslúchaj*', 'dodržiavaj*',
    // ro
    'ascultă', 'supune*', 'respectă', 'urmează', 'execută', 'trebuie',
    // hu
    'engedelmes*', 'kövesd', 'hajtsd', 'végrehajt*', 'kell', 'kötelező*', 'betart*',
    // sv
    'lyda', 'följ', 'följa', 'utför', 'utföra', 'måste', 'obligatorisk*',
    // da
    'adlyd*', 'følg', 'udfør*', 'overhold*', 'nødt',
    // no
    'utfør*', 'etterkomm*',
    // fi
    'tottele*', 'noudata*', 'noudatta*', 'suorita*', 'täytyy', 'pakko', 'pakoll*',
    // et
    'kuuletu*', 'järgige', 'täida*', 'pead', 'kohustuslik*',
    // lt
    'paklusk*', 'vykdyk*', 'laikykis', 'privalai', 'privalo', 'privalom*',
    // ru
    'подчин*', 'повину*', 'следуй*', 'выполн*', 'должен', 'должна', 'обязан*', 'обязательн*',
    'соблюда*',
    // uk
    'підкор*', 'слухайся*', 'виконуй*', 'викона*', 'мусиш', 'повинен', 'повинна', 'дотримуй*',
    // bg
    'изпълн*', 'следвай*', 'трябва', 'длъжен', 'задължителн*', 'спазва*',
    // sr
    'poslušaj*', 'pokoravaj*', 'sledi', 'izvrši*', 'moraš', 'obavezn*', 'pridržavaj*', 'послушај*',
    'покоравај*', 'следи', 'изврши*', 'мораш', 'обавезн*', 'придржавај*',
    // hr
    'slijedi', 'obvezn*',
    // sl
    'ubogaj*', 'upoštevaj*', 'izvedi',
    // el
    'υπάκου*', 'υπακού*', 'υπακοή', 'συμμορφώσ*', 'ακολούθησ*', 'ακολουθήσ*', 'εκτέλεσ*',
    'εκτελέσ*', 'πρέπει', 'υποχρεωτικ*',
    // tr
    'itaat*', 'uy', 'uyun', 'uygula', 'uygulayın', 'takip', 'zorunda', 'zorunlu*', 'mecbur*',
    // ar
    '*طاعة*', '*امتثل*', '*التزم*', '*اتبع*', '*نفذ*', '*يجب*', '*إلزامي*', '*الزامي*',
    // fa
    '*اطاعت*', '*پیروی*', '*اجرا*', '*رعایت*', '*باید*', '*اجباری*',
    // he
    '*ציית*', '*עקוב*', '*בצע*', '*חייב*', '*חובה*',
    // hi
    'पालन*', 'मानो', 'आज्ञा*', 'अनुसरण*', 'निष्पादित*', 'अनिवार्य*', 'अवश्य',
    // bn
    'মানো', 'মেনে', 'আনুগত্য*', 'অনুসরণ*', 'পালন*', 'অবশ্যই', 'বাধ্যতামূলক*',
    // ur
    'اطاعت*', 'تعمیل*', 'پیروی*', 'لازمی*', 'لازم', 'ضرور',
    // id/ms
    'patuh*', 'taati*', 'ikuti*', 'jalankan*', 'laksanakan*', 'harus', 'wajib', 'mesti',
    // vi
    'phải',
    // th
    '*เชื่อฟัง*', '*ปฏิบัติตาม*', '*ทำตาม*', '*ต้อง*', '*บังคับ*',
    // tl
    'sundin', 'sumunod', 'sundan', 'kailangan',
    // sw
    'tii', 'kutii', 'fuata', 'tekeleza', 'lazima',
    // zh
    '*服从*', '*服從*', '*遵守*', '*遵循*', '*遵从*', '*遵從*', '*照做*', '*执行*', '*執行*', '*必须*', '*必須*', '*务必*',
    '*務必*', '*听从*', '*聽從*',
    // ja
    '*従っ*', '*従え*', '*従う*', '*実行*', '*しなければ*', '*必ず*',
    // ko
    '복종*', '따르*', '준수*', '실행*', '수행*', '해야*', '반드시*', '의무*',
  ],
  answer: [
    // en
    'answer*', 'respond*', 'reply*', 'replies', 'response*',
    // de
    'antwort*', 'beantwort*', 'erwider*', 'reagier*',
    // fr
    'répond*', 'réponse*', 'répliqu*',
    // es
    'respuesta*', 'contesta', 'contestar', 'contéstame',
    // pt
    'resposta*',
    // it
    'rispond*', 'rispost*',
    // nl
    'antwoord*', 'beantwoord*', 'reageer*', 'reageren',
    // pl
    'odpowiedz*', 'odpowiadaj*',
    // cs
    'odpověď', 'odpovědi', 'odpověz*', 'odpovíd*', 'odpovědět',
    // sk
    'odpovedz*', 'odpovedať', 'odpovede',
    // ro
    'răspund*', 'răspuns*',
    // hu
    'válasz', 'válaszol*', 'válaszod', 'felelj',
    // sv
    'svar', 'svara', 'svarar', 'svaret', 'svaren', 'svarade',
    // da
    'besvar*',
    // no
    'svare', 'svarer',
    // fi
    'vastaa', 'vastaus*', 'vastauk*', 'vastaamaan',
    // et
    'vastake', 'vastata', 'vastus*',
    // lt
    'atsakyk*', 'atsakym*', 'atsakyti',
    // ru
    'ответ', 'ответы', 'ответа', 'ответь*', 'ответить', 'отвеча*',
    // uk
    'відповідь', 'відповіді', 'відповідай*', 'відповісти',
    // bg
    'отговор', 'отговори', 'отговорът', 'отговаря*',
    // sr
    'odgovor', 'odgovori', 'odgovoriti', 'odgovaraj*', 'одговор', 'одговори', 'одговорити',
    'одговарај*',
    // hr
    'odgovorite',
    // sl
    'odgovarjaj*',
    // el
    'απάντ*', 'απαντ*',
    // tr
    'cevap*', 'yanıt*',
    // ar
    'أجب', 'اجب', '*إجاب*', '*اجاب*', '*جواب*', 'رد', 'الرد',
    // fa
    '*پاسخ*',
    // he
    'ענה', '*תענה*', '*תשוב*', '*תגיב*', '*להגיב*', '*מענה*',
    // hi
    'उत्तर*', 'जवाब*',
    // bn
    'উত্তর*', 'জবাব*',
    // ur
    'جواب*', 'ردعمل',
    // id/ms
    'jawab*', 'menjawab', 'balas*', 'membalas', 'tanggap*', 'respons',
    // vi
    'đáp',
    // th
    '*ตอบ*',
    // tl
    'sagot', 'sumagot', 'sagutin', 'tugon', 'tumugon',
    // sw
    'jibu', 'jibuni', 'majibu', 'kujibu',
    // zh
    '*回答*', '*回复*', '*回覆*', '*答复*', '*答覆*', '*回应*', '*回應*', '*答案*',
    // ja
    '*答え*', '*返信*', '*応答*', '*返答*', '*こたえ*',
    // ko
    '답변*', '대답*', '응답*', '답해*', '답하*', '회신*',
  ],
  harm: [
    // en
    'weapon*', 'bomb*', 'explosive*', 'poison*', 'drug', 'drugs', 'narcotic*', 'methamphetamine*',
    'meth', 'malware*', 'virus', 'ransomware*', 'keylogger*', 'kill*', 'murder*', 'suicid*',
    'terroris*',
    // de
    'waffe*', 'bombe', 'bomben', '*sprengstoff*', 'vergift*', 'drogen', 'rauschgift*',
    'schadsoftware*', 'töte', 'töten', 'mord', 'morde', 'mordes', 'ermord*', 'selbstmord*',
    'suizid*', 'terror*',
    // fr
    'arme', 'armes', 'explosif*', 'drogue*', 'stupéfiant*', 'malveillant*', 'tuer', 'meurtre*',
    // es
    'arma', 'armas', 'bomba*', 'explosiv*', 'veneno*', 'drogas', 'metanfetamina*', 'matar',
    'asesin*',
    // pt
    'assassin*', 'entorpecente*',
    // it
    'armi', 'esplosiv*', 'veleno*', 'stupefacent*', 'uccid*', 'omicid*',
    // nl
    'wapen*', 'bommen', 'explosie*', 'explosief*', 'springstof*', 'vergif*', 'doden', 'moord*',
    'vermoord*', 'zelfmoord*',
    // pl
    'broni', 'wybuchow*', 'trucizn*', 'narkotyk*', 'metamfetamin*', 'wirus*', 'zabij*', 'zabić',
    'morderstw*', 'samobójstw*', 'terroryst*',
    // cs
    'zbraň*', 'výbušnin*', 'jed', 'otrava', 'otravu', 'otrávit', 'drogy', 'narkotik*', 'pervitin*',
    'zabít', 'vražd*', 'sebevražd*', 'teroris*',
    // sk
    'samovražd*', 'teroriz*',
    // ro
    'exploziv*', 'droguri', 'ucide*', 'omor', 'omoară', 'omorî', 'omorul', 'sinucid*', 'terorism*',
    // hu
    'fegyver*', 'robban*', 'méreg', 'mérgez*', 'kábítószer*', 'drog', 'drogok', 'kártevő*', 'ölj',
    'megölni', 'gyilkos*', 'öngyilkos*',
    // sv
    'vapen', 'sprängämne*', 'narkotika*', 'knark', 'droger', 'skadlig*', 'döda', 'mörda', 'mördar',
    'mördade', 'självmord*',
    // da
    'våben', 'sprængstof*', 'skadelig*', 'dræb*', 'selvmord*',
    // no
    'sprengstoff*', 'drep*',
    // fi
    'ase', 'aseet', 'aseita', 'pommi*', 'räjähd*', 'myrkky*', 'myrkyl*', 'huume*', 'haittaohjelm*',
    'tappaa', 'tappamaan', 'tappaminen', 'murha*', 'itsemurh*',
    // et
    'relv', 'relvad', 'relvade', 'relvi', 'pomm', 'pommid', 'lõhkeaine*', 'mürk', 'mürgi*',
    'uimasti*', 'pahavara*', 'tapma', 'mõrv*', 'enesetapp*',
    // lt
    'ginkl*', 'sprogmen*', 'sprogim*', 'sprogdin*', 'nuodai', 'nuodų', 'nuoding*', 'kenkėj*',
    'nužudy*', 'žudy*', 'žudik*', 'savižudyb*', 'terorizm*',
    // ru
    'оружи*', 'бомб*', 'взрывчат*', 'яд', 'отрав*', 'наркот*', 'метамфетамин*', 'вредонос*',
    'вирус*', 'убей*', 'убить', 'убийств*', 'самоубийств*', 'суицид*', 'террор*',
    // uk
    'зброя', 'зброї', 'вибухівк*', 'отрут*', 'шкідлив*', 'вірус*', 'вбий*', 'вбити', 'вбивств*',
    'самогубств*', 'терор*',
    // bg
    'оръжи*', 'експлозив*', 'отров*', 'наркотици', 'убий*', 'тероризъм',
    // sr
    'oružj*', 'eksploziv*', 'otrov*', 'ubij*', 'ubiti', 'ubist*', 'samoubist*', 'оружј*', 'убиј*',
    'убити', 'убиств*', 'самоубиств*',
    // hr
    'ubojstv*', 'samoubojstv*',
    // sl
    'orožj*', 'strup', 'strupa', 'strupom', 'mamil*', 'umor', 'umora', 'umoriti', 'samomor*',
    // el
    'όπλο', 'όπλα', 'βόμβ*', 'εκρηκτικ*', 'δηλητήρι*', 'ναρκωτικ*', 'κακόβουλ*', 'σκότωσ*',
    'σκοτώσ*', 'δολοφον*', 'αυτοκτον*', 'τρομοκρατ*',
    // tr
    'silah*', 'patlayıcı*', 'zehir*', 'uyuşturucu*', 'zararlı*', 'öldür*', 'cinayet*', 'intihar*',
    'terör*',
    // ar
    '*سلاح*', '*أسلحة*', '*اسلحة*', '*قنبل*', '*قنابل*', '*متفجر*', '*سموم*', 'السم', '*مخدر*',
    '*خبيث*', '*فيروس*', '*قتل*', '*انتحار*', '*إرهاب*', '*ارهاب*',
    // fa
    '*بمب*', '*منفجره*', '*انفجار*', '*بدافزار*', '*ویروس*', '*کشتن*', '*خودکشی*', '*تروریس*',
    // he
    '*נשק*', '*פצצ*', '*נפץ*', '*רעל*', '*סמים*', '*נוזק*', '*וירוס*', '*הרוג*', '*רצח*', '*התאבד*',
    '*טרור*',
    // hi
    'हथियार*', 'बम', 'विस्फोटक*', 'ज़हर*', 'जहर*', 'ड्रग्स', 'नशीले', 'मादक*', 'मैलवेयर*', 'वायरस*',
    'हत्या*', 'आत्महत्या*', 'आतंक*',
    // bn
    'অস্ত্র*', 'বোমা*', 'বিস্ফোরক*', 'বিষ', 'মাদক*', 'ম্যালওয়্যার*', 'ভাইরাস*', 'হত্যা*', 'খুন*',
    'আত্মহত্যা*', 'সন্ত্রাস*',
    // ur
    'ہتھیار*', 'بم', 'دھماکہ*', 'زہر*', 'منشیات*', 'وائرس*', 'قتل', 'خودکشی*', 'دہشت*',
    // id/ms
    'senjata*', 'peledak*', 'racun*', 'narkoba', 'dadah', 'sabu', 'bunuh*', 'membunuh',
    'pembunuhan',
    // vi
    'giết',
    // th
    '*อาวุธ*', '*ระเบิด*', '*พิษ*', '*ยาเสพติด*', '*ยาบ้า*', '*มัลแวร์*', '*ไวรัส*', '*ฆ่า*',
    '*ฆาตกรรม*', '*ก่อการร้าย*',
    // tl
    'sandata', 'pampasabog', 'lason', 'shabu', 'patayin', 'pumatay', 'pagpatay', 'magpakamatay',
    // sw
    'silaha', 'bomu', 'vilipuzi', 'sumu', 'kulevya', 'virusi', 'kuua', 'mauaji', 'kujiua', 'ugaidi',
    // zh
    '*武器*', '*炸弹*', '*炸彈*', '*爆炸物*', '*炸药*', '*炸藥*', '*毒药*', '*毒藥*', '*毒品*', '*冰毒*', '*恶意软件*',
    '*惡意軟體*', '*病毒*', '*勒索软件*', '*勒索軟體*', '*键盘记录*', '*鍵盤記錄*', '*杀死*', '*殺死*', '*杀人*', '*殺人*',
    '*谋杀*', '*謀殺*', '*自杀*', '*自殺*', '*恐怖主义*', '*恐怖主義*',
    // ja
    '*爆弾*', '*爆発物*', '*毒物*', '*薬物*', '*麻薬*', '*覚醒剤*', '*マルウェア*', '*ウイルス*', '*ランサムウェア*', '*殺す*',
    '*殺害*', '*テロ*',
    // ko
    '무기*', '폭탄*', '폭발물*', '독극물*', '독약*', '마약*', '필로폰*', '메스암페타민*', '악성코드*', '바이러스*', '랜섬웨어*', '죽여*',
    '죽이*', '살인*', '살해*', '자살*', '테러*',
  ],
  howto: [
    // en
    'step', 'steps', 'detailed', 'recipe*', 'manufactur*', 'synthes*', 'produce', 'build',
    'tutorial*', 'guide',
    // de
    'schritt*', 'ausführlich*', 'detailliert*', 'rezept*', '*anleitung*', 'herstellung*',
    'hergestellt', 'synthetisier*', 'baue', 'bauen',
    // fr
    'étape*', 'détaillé*', 'recette*', 'fabriqu*', 'synthétis*', 'produire', 'construire',
    'tutoriel*',
    // es
    'paso', 'pasos', 'detallad*', 'receta*', 'fabrica*', 'sintetiz*', 'producir', 'construir',
    'guía',
    // pt
    'passo', 'passos', 'detalhad*', 'receita*', 'produzir', 'fabricar',
    // it
    'passi', 'dettagliat*', 'ricetta*', 'fabbrica*', 'sintetizz*', 'produrre', 'costruire', 'guida',
    // nl
    'stap', 'stappen', 'stapsgewijs', 'gedetailleerd*', 'recept', 'recepten', 'vervaardig*',
    'synthetiseer*', 'bouwen', 'handleiding*',
    // pl
    'krok', 'kroki', 'kroku', 'szczegółow*', 'przepis*', 'wyprodukuj*', 'syntez*', 'zsyntetyzuj*',
    'zbuduj*', 'zrób', 'poradnik*',
    // cs
    'podrobn*', 'receptu', 'vyrob*', 'syntetiz*', 'sestroj*', 'návod*',
    // sk
    'zostroj*', 'postup*',
    // ro
    'detaliat*', 'rețet*', 'fabricați', 'construiește', 'ghid*',
    // hu
    'lépés*', 'részletes*', 'készíts*', 'gyárt*', 'szintetizál*', 'építs*', 'útmutató*',
    // sv
    'steg', 'detaljera*', 'tillverka*', 'syntetisera*', 'bygg', 'bygga', 'handledning*',
    // da
    'trin', 'detaljere*', 'opskrift*', 'fremstil*', 'syntetiser*', 'byg', 'vejledning*',
    // no
    'trinn', 'detaljert', 'oppskrift*', 'fremstill*', 'veiledning*',
    // fi
    'vaihe*', 'yksityiskohtai*', 'resepti*', 'valmista*', 'syntetisoi*', 'rakenna*', 'opas',
    'oppaan', 'opasta',
    // et
    'samm', 'sammud', 'sammult', 'üksikasjalik*', 'retsept*', 'ehita*', 'juhend*',
    // lt
    'žingsn*', 'išsam*', 'receptas', 'pagamink*', 'gamink*', 'gamyb*', 'susintetin*',
    'sukonstruok*',
    // ru
    'пошагов*', 'шаг', 'шаги', 'подробн*', 'рецепт*', 'изготов*', 'синтез*', 'производств*',
    'собери*', 'сделай*', 'руководств*',
    // uk
    'покроков*', 'крок', 'кроки', 'детальн*', 'докладн*', 'виготов*', 'зроби*', 'побудуй*',
    'посібник*',
    // bg
    'стъпк*', 'изработ*', 'направи*', 'изготв*',
    // sr
    'korak*', 'detaljn*', 'napravi*', 'proizvedi*', 'izradi*', 'корак*', 'детаљн*', 'произведи*',
    'израд*',
    // hr
    'izgradi*',
    // sl
    'izdelaj*', 'naredi*', 'zgradi*', 'vodič*',
    // el
    'βήμα*', 'λεπτομερ*', 'λεπτομέρ*', 'συνταγ*', 'κατασκευ*', 'παρασκευ*', 'φτιάξ*', 'οδηγός',
    // tr
    'adım', 'adımlar', 'ayrıntılı*', 'detaylı*', 'tarifi', 'tarifini', 'üret', 'üretin', 'üretmek',
    'üretim*', 'sentez*', 'kılavuz*', 'rehber*',
    // ar
    '*خطوة*', '*خطوات*', '*تفصيل*', '*مفصل*', '*وصفة*', '*تصنيع*', '*اصنع*', '*تخليق*', '*إنتاج*',
    '*انتاج*', '*دليل*',
    // fa
    '*گام*', '*مرحله*', '*جزئیات*', '*ساخت*', '*بساز*', '*تولید*', '*سنتز*', '*راهنما*',
    // he
    '*שלב*', '*צעד*', '*מפורט*', '*פירוט*', '*מתכון*', '*ייצור*', '*לייצר*', '*סינתז*', '*לבנות*',
    '*מדריך*',
    // hi
    'चरण*', 'कदम', 'विस्तृत*', 'विस्तार*', 'नुस्खा', 'बनाओ', 'बनाएं', 'बनाने', 'निर्माण*',
    'उत्पादन*', 'संश्लेषण*', 'ट्यूटोरियल*', 'गाइड*',
    // bn
    'ধাপ*', 'বিস্তারিত*', 'রেসিপি*', 'প্রণালী', 'তৈরি*', 'বানাও', 'বানানো', 'উৎপাদন*', 'সংশ্লেষণ*',
    'নির্মাণ*', 'টিউটোরিয়াল*', 'গাইড*',
    // ur
    'قدم', 'مرحلہ', 'تفصیل*', 'ترکیب*', 'بنانے', 'بناؤ', 'تیار*', 'پیداوار*', 'گائیڈ*',
    // id/ms
    'langkah*', 'rinci*', 'terperinci*', 'resep', 'resepnya', 'produksi*', 'sintesis*', 'rakit*',
    'panduan*',
    // vi
    'bước',
    // th
    '*ขั้นตอน*', '*ละเอียด*', '*สูตร*', '*วิธีทำ*', '*ผลิต*', '*สังเคราะห์*', '*สร้าง*', '*คู่มือ*',
    // tl
    'hakbang', 'detalyado', 'resipe', 'paggawa', 'gumawa', 'buuin', 'gabay',
    // sw
    'hatua', 'undani', 'mapishi', 'tengeneza', 'kutengeneza', 'zalisha', 'jenga', 'mwongozo',
    // zh
    '*一步一步*', '*逐步*', '*步骤*', '*步驟*', '*详细*', '*詳細*', '*配方*', '*制作*', '*製作*', '*制造*', '*製造*',
    '*合成*', '*生产*', '*生產*', '*教程*', '*指南*',
    // ja
    '*ステップ*', '*手順*', '*詳しく*', '*作り方*', '*レシピ*', '*作成*', '*チュートリアル*', '*ガイド*',
    // ko
    '단계*', '자세히*', '자세한*', '상세*', '레시피*', '제조*', '만드는*', '만들*', '합성*', '제작*', '튜토리얼*', '가이드*',
  ],
  urgent: [
    // en
    'important*', 'urgent*', 'attention', 'immediate*', 'critical*', 'notice*', 'alert*', 'asap',
    'priority',
    // de
    'wichtig*', 'dringend*', 'achtung', 'sofort', 'unverzüglich*', 'kritisch*', 'hinweis*',
    // fr
    'immédiat*', 'critique*', 'avis', 'urgence*',
    // es
    'importante', 'urgente', 'atención', 'inmediat*', 'crítico', 'crítica', 'aviso',
    // pt
    'atenção', 'imediat*', 'urgência',
    // it
    'attenzione', 'subito', 'avviso', 'urgenza',
    // nl
    'belangrijk*', 'aandacht', 'onmiddellijk*', 'kritiek*', 'mededeling*',
    // pl
    'ważn*', 'pilne', 'pilny', 'pilnie', 'uwaga', 'natychmiast*', 'krytyczn*',
    // cs
    'důležit*', 'naléhav*', 'pozor', 'okamžit*', 'ihned', 'kritick*', 'upozornění',
    // sk
    'dôležit*', 'naliehav*', 'upozornenie',
    // ro
    'atenție', 'urgență',
    // hu
    'fontos*', 'sürgős*', 'figyelem', 'azonnal*', 'kritikus*',
    // sv
    'viktig*', 'brådskande', 'akut', 'uppmärksamhet', 'observera', 'omedelbar*', 'kritisk*',
    // da
    'vigtig*', 'haster', 'presserende', 'opmærksomhed', 'omgående', 'straks',
    // no
    'oppmerksomhet', 'umiddelbart',
    // fi
    'tärkeä*', 'kiireelli*', 'huomio', 'välittömästi', 'heti', 'kriitti*',
    // et
    'tähtis*', 'oluli*', 'kiire*', 'tähelepanu', 'kohe', 'kriitili*',
    // lt
    'svarb*', 'skubu', 'skubiai', 'skubus', 'skubi', 'dėmesio', 'dėmesys', 'nedelsiant', 'kritin*',
    // ru
    'важн*', 'срочн*', 'внимани*', 'немедленн*', 'критич*', 'уведомлен*',
    // uk
    'важлив*', 'термінов*', 'увага', 'уваги', 'негайн*', 'критичн*',
    // bg
    'спешн*', 'незабавн*', 'внимание',
    // sr
    'važn*', 'hitn*', 'pažnj*', 'odmah', 'kritičn*', 'хитн*', 'пажњ*', 'одмах',
    // hr
    'pozornost*',
    // sl
    'pomembn*', 'nujn*', 'takoj',
    // el
    'σημαντικ*', 'επείγ*', 'επειγ*', 'προσοχή', 'άμεσα', 'αμέσως', 'κρίσιμ*', 'ειδοποίησ*',
    // tr
    'önemli*', 'acil*', 'dikkat*', 'hemen', 'derhal',
    // ar
    'مهم', 'هام', '*عاجل*', '*انتباه*', '*تنبيه*', '*فورا*', '*ضروري*',
    // fa
    '*فوری*', '*توجه*', '*حیاتی*', '*اطلاعیه*',
    // he
    'חשוב', 'חשובה', '*דחוף*', '*תשומת*', '*מיידי*', '*קריטי*',
    // hi
    'महत्वपूर्ण*', 'ज़रूरी', 'जरूरी', 'अत्यावश्यक*', 'तत्काल*', 'तुरंत', 'ध्यान', 'सूचना',
    // bn
    'গুরুত্বপূর্ণ*', 'জরুরি*', 'মনোযোগ*', 'অবিলম্বে', 'এখনই', 'বিজ্ঞপ্তি*',
    // ur
    'اہم', 'ضروری', 'فوری*', 'توجہ', 'فورا', 'فوراً', 'نوٹس',
    // id/ms
    'penting*', 'mendesak', 'segera', 'perhatian*', 'kritis', 'darurat', 'pemberitahuan',
    // vi — none: no single syllable is safe after tone folding (khẩn folds to "khan", quan/trọng collide with very common words)
    // th
    '*สำคัญ*', '*ด่วน*', '*โปรดทราบ*', '*ทันที*', '*วิกฤต*', '*ประกาศ*',
    // tl
    'mahalaga', 'agaran', 'apurahan', 'pansin', 'agad', 'paunawa',
    // sw
    'muhimu', 'haraka', 'dharura', 'tanbihi',
    // zh
    '*重要*', '*紧急*', '*緊急*', '*注意*', '*立即*', '*立刻*', '*马上*', '*馬上*', '*关键*', '*關鍵*', '*通知*',
    // ja
    '*至急*', '*直ちに*', '*すぐに*', '*今すぐ*', '*お知らせ*', '*大切*',
    // ko
    '중요*', '긴급*', '주의*', '즉시*', '당장*', '시급*', '공지*', '필독*',
  ],
  link: [
    // en
    'link*', 'url', 'urls', 'website*', 'webpage*', 'click*', 'visit*', 'download*', 'hyperlink*',
    // de
    '*webseite*', 'klick*', 'besuch*', 'öffne*', 'herunterlad*',
    // fr
    'lien*', 'site', 'cliqu*', 'ouvre', 'ouvrez', 'ouvrir', 'télécharg*',
    // es
    'enlace*', 'vínculo*', 'sitio', 'clic', 'abre', 'abrir', 'descarga*',
    // pt
    'ligação', 'acesse', 'acessar', 'abra', 'baixe', 'baixar',
    // it
    'collegament*', 'sito', 'clicca*', 'apri', 'scarica*',
    // nl
    'koppeling*', 'klik*', 'bezoek*',
    // pl
    'odnośnik*', 'witryn*', 'klikn*', 'odwiedź*', 'otwórz', 'pobierz*',
    // cs
    'odkaz*', 'webov*', 'stránk*', 'navštiv*', 'otevři', 'stáhni*',
    // sk
    'otvor', 'stiahni*',
    // ro
    'accesea*', 'deschide', 'vizitea*', 'descarcă',
    // hu
    'hivatkozás*', 'weboldal*', 'honlap*', 'kattint*', 'látogass*', 'nyisd', 'letölt*',
    // sv
    'länk', 'länken', 'länkar', 'länkarna', 'webbplats*', 'klicka*', 'besök*', 'öppna', 'hämta',
    // da
    'hjemmeside*', 'besøg*', 'åbn', 'åbne', 'hent',
    // no
    'lenke', 'lenkene', 'nettside*', 'klikk*', 'besøk*', 'åpne',
    // fi
    'verkkosivu*', 'sivusto*', 'napsauta*', 'klikkaa*', 'vieraile*', 'avaa',
    // et
    'veebileh*', 'klõpsa*', 'külasta*', 'lingi*',
    // lt
    'nuorod*', 'svetain*', 'spustelėk*', 'spausk*', 'apsilankyk*', 'atidaryk*', 'atsisiųsk*',
    // ru
    'ссылк*', 'ссылок', 'сайт*', 'нажми*', 'кликни*', 'перейди*', 'посети*', 'открой*', 'скачай*',
    // uk
    'посилан*', 'натисни*', 'клікни*', 'відвідай*', 'відкрий*', 'завантаж*',
    // bg
    'връзк*', 'линк*', 'отвори*', 'изтегли*',
    // sr
    'sajt*', 'klikni*', 'poseti*', 'otvori*', 'preuzmi*', 'сајт*', 'преузми*',
    // hr
    'poveznic*', 'posjeti*',
    // sl
    'povezav*', 'spletn*', 'obišči*', 'odpri*', 'prenesi*',
    // el
    'σύνδεσμ*', 'συνδέσμ*', 'ιστότοπ*', 'ιστοσελίδ*', 'κλικ', 'επισκέψ*', 'άνοιξε', 'κατέβασ*',
    // tr
    'bağlantı*', 'site*', 'tıkla*', 'ziyaret*', 'indir', 'indirin', 'indirmek',
    // ar
    '*رابط*', '*موقع*', '*انقر*', '*اضغط*', '*زيارة*', '*افتح*', '*تنزيل*',
    // fa
    '*لینک*', '*پیوند*', '*سایت*', '*کلیک*', '*بازدید*', '*دانلود*',
    // he
    '*קישור*', '*לינק*', '*אתר*', '*לחץ*', '*היכנס*', '*הורד*',
    // hi
    'लिंक*', 'वेबसाइट*', 'साइट*', 'क्लिक*', 'यूआरएल', 'खोलें', 'खोलो', 'डाउनलोड*', 'विज़िट*',
    // bn
    'লিঙ্ক*', 'ওয়েবসাইট*', 'সাইট*', 'ক্লিক*', 'ভিজিট*', 'খুলুন', 'খোলো', 'ডাউনলোড*',
    // ur
    'لنک*', 'سائٹ*', 'کلک*', 'کھولیں', 'کھولو', 'ڈاؤنلوڈ*',
    // id/ms
    'tautan*', 'pautan*', 'situs*', 'laman', 'kunjungi*', 'buka', 'unduh*',
    // vi
    'truy',
    // th
    '*ลิงก์*', '*ลิงค์*', '*เว็บไซต์*', '*คลิก*', '*เยี่ยมชม*', '*ดาวน์โหลด*',
    // tl
    'kawing', 'websayt', 'pindutin', 'bisitahin', 'buksan',
    // sw
    'kiungo', 'viungo', 'tovuti', 'bofya', 'tembelea', 'fungua', 'pakua',
    // zh
    '*链接*', '*鏈接*', '*連結*', '*网址*', '*網址*', '*网站*', '*網站*', '*点击*', '*點擊*', '*访问*', '*訪問*', '*打开*',
    '*打開*', '*下载*', '*下載*',
    // ja
    '*リンク*', '*サイト*', '*クリック*', '*アクセス*', '*開いて*', '*ダウンロード*',
    // ko
    '링크*', '웹사이트*', '사이트*', '클릭*', '방문*', '열어*', '다운로드*', '접속*',
  ],
  summary: [
    // en
    'summar*', 'translat*', 'review*', 'evaluat*', 'rate', 'rating*', 'rank*', 'recommend*',
    'assess*',
    // de
    'zusammenfass*', 'übersetz*', 'bewert*', 'beurteil*', 'empfehl*', 'empfiehl*', 'überprüf*',
    'einstuf*',
    // fr
    'résumer', 'résumez', 'tradu*', 'évalu*', 'noter', 'classement', 'recommand*', 'examin*',
    // es
    'resumen', 'resumir', 'resúmelo', 'califica*', 'clasifica*', 'recomiend*', 'recomend*',
    'revisa*',
    // pt
    'resumo', 'traduz*', 'avali*', 'classifiqu*', 'revise', 'revisar', 'revisão',
    // it
    'riassum*', 'riassunt*', 'valutare', 'valutazion*', 'valutami', 'raccomand*', 'consigli*',
    'recensi*',
    // nl
    'samenvat*', 'vertaal*', 'vertal*', 'beoorde*', 'evalueer*', 'rangschik*', 'aanbevel*',
    'recensie*',
    // pl
    'streść*', 'streszcz*', 'tłumacz*', 'przetłumacz*', 'ocen*', 'recenz*', 'rekomend*',
    // cs
    'shrn*', 'přelož*', 'překlad*', 'ohodnoť*', 'posuď*', 'doporuč*',
    // sk
    'zhrň*', 'odporuč*',
    // ro
    'rezum*', 'traduc*', 'recomand*', 'revizui*',
    // hu
    'összefoglal*', 'fordít*', 'értékel*', 'rangsor*', 'ajánl*', 'véleményez*',
    // sv
    'sammanfatta*', 'översätt*', 'utvärdera*', 'betygsätt*', 'ranka*', 'rekommendera*', 'granska*',
    // da
    'opsummer*', 'oversæt*', 'evaluer*', 'vurder*', 'bedøm*', 'anbefal*',
    // no
    'oppsummer*', 'oversett*', 'rangere',
    // fi
    'tiivistä*', 'yhteenveto*', 'käännä*', 'käännös*', 'kääntä*', 'arvio*', 'arvostel*',
    'suosittel*',
    // et
    'kokkuvõt*', 'tõlgi*', 'tõlki*', 'tõlge', 'hinda', 'hinnake', 'hinnang*', 'soovita*',
    // lt
    'apibendrin*', 'santrauk*', 'išvers*', 'vertim*', 'įvertin*', 'rekomenduok*',
    // ru
    'резюмир*', 'суммируй*', 'обобщ*', 'перевед*', 'перевод*', 'оцени*', 'оценк*', 'рейтинг*',
    'рекоменд*', 'отзыв*',
    // uk
    'підсумуй*', 'підсумк*', 'підсумок', 'переклад*', 'оціни*', 'оцінк*',
    // bg
    'преведи*', 'превод*', 'препоръч*',
    // sr
    'sažmi*', 'sažet*', 'prevedi*', 'prevod*', 'oceni*', 'preporuč*', 'сажми*', 'сажет*',
    'препоруч*',
    // hr
    'prijevod*', 'ocijeni*',
    // sl
    'povzemi*', 'povzet*', 'priporoč*',
    // el
    'σύνοψ*', 'συνόψ*', 'περίληψ*', 'μετάφρασ*', 'μεταφράσ*', 'αξιολόγησ*', 'αξιολογήσ*',
    'βαθμολόγ*', 'κατάταξ*', 'πρότεινε',
    // tr
    'özet*', 'çevir*', 'tercüme*', 'değerlendir*', 'puanla*', 'sırala*', 'öner', 'önerin',
    'öneriler', 'önerisi', 'önermek', 'incele*',
    // ar
    '*لخص*', '*تلخيص*', '*ترجم*', '*تقييم*', '*توصي*', '*أوصي*', '*راجع*', '*صنف*',
    // fa
    '*خلاصه*', '*ترجمه*', '*ارزیابی*', '*امتیاز*', '*رتبه*', '*پیشنهاد*', '*بررسی*',
    // he
    'סכם', '*סיכום*', '*תרגם*', '*תרגום*', '*הערכ*', '*דירוג*', '*המלצ*', '*המלץ*', '*סקור*',
    '*סקירה*',
    // hi
    'सारांश*', 'संक्षेप*', 'अनुवाद*', 'मूल्यांकन*', 'रेटिंग*', 'रैंक*', 'सिफारिश*', 'सिफ़ारिश*',
    'समीक्षा*',
    // bn
    'সারাংশ*', 'সংক্ষেপ*', 'অনুবাদ*', 'মূল্যায়ন*', 'রেটিং*', 'সুপারিশ*', 'পর্যালোচনা*',
    // ur
    'خلاصہ*', 'ترجمہ*', 'جائزہ*', 'درجہ', 'سفارش*',
    // id/ms
    'ringkas*', 'rangkum*', 'terjemah*', 'evaluasi*', 'menilai', 'peringkat*', 'rekomendasi*',
    'sarankan', 'ulasan', 'tinjau*',
    // vi — none: no single syllable is safe after tone folding (dịch folds to German "dich", tóm/tắt collide with very common words)
    // th
    '*สรุป*', '*แปลเป็น*', '*การแปล*', '*ประเมิน*', '*ให้คะแนน*', '*จัดอันดับ*', '*แนะนำ*',
    '*รีวิว*',
    // tl
    'buod', 'ibuod', 'isalin', 'pagsasalin', 'suriin', 'tasahin', 'irekomenda',
    // sw
    'muhtasari', 'fupisha', 'tafsiri', 'tathmini', 'pendekeza', 'hakiki',
    // zh
    '*总结*', '*總結*', '*摘要*', '*概括*', '*翻译*', '*翻譯*', '*评估*', '*評估*', '*评价*', '*評價*', '*评分*', '*評分*',
    '*排名*', '*推荐*', '*推薦*', '*审阅*', '*審閱*',
    // ja
    '*要約*', '*まとめ*', '*翻訳*', '*評価*', '*採点*', '*ランキング*', '*おすすめ*', '*推奨*', '*レビュー*',
    // ko
    '요약*', '정리*', '번역*', '평가*', '점수*', '순위*', '추천*', '검토*', '리뷰*',
  ],
  hidden: [
    // en
    'hidden', 'hide', 'hiding', 'invisible', 'secretly', 'covert*', 'silent*', 'quietly',
    'stealth*', 'unnoticed', 'conceal*',
    // de
    'versteck*', 'verborgen*', 'unsichtbar*', 'heimlich*', 'stillschweigend*', 'unbemerkt',
    'verheimlich*', 'verschweig*', 'verberg*',
    // fr
    'cacher', 'cachez', 'cachée', 'cachées', 'secrètement', 'discrètement', 'silencieusement',
    'insu', 'dissimul*', 'mentionne',
    // es
    'ocult*', 'escond*', 'secretamente', 'silenciosamente', 'sigilos*', 'menciones',
    // pt
    'invisível', 'sorrateir*', 'mencione',
    // it
    'nascost*', 'nascond*', 'invisibil*', 'segretamente', 'silenziosamente', 'menzionare',
    // nl
    'verstop*', 'onzichtbaar*', 'stiekem', 'heimelijk*', 'ongemerkt', 'stilletjes',
    // pl
    'ukry*', 'niewidoczn*', 'niewidzialn*', 'potajemn*', 'cichu', 'wspominaj', 'dyskretn*',
    // cs
    'skryt*', 'skryj*', 'skrýv*', 'schov*', 'neviditeln*', 'tajně', 'potichu', 'zmiňuj',
    'nenápadn*',
    // sk
    'schovaj*', 'spomínaj', 'nespomínaj',
    // ro
    'ascuns*', 'ascunde*', 'invizibil*', 'discret*', 'furiș', 'menționa*',
    // hu
    'rejtett*', 'rejtsd', 'rejtve', 'láthatatlan*', 'titokban', 'csendben', 'észrevétlen*',
    'említsd',
    // sv
    'dold', 'dolda', 'dolt', 'gömd', 'gömma', 'osynlig*', 'tyst', 'obemärkt',
    // da
    'skjul*', 'usynlig*', 'hemmeligt', 'stille', 'ubemærket', 'nævn', 'diskret*',
    // no
    'hemmelighet', 'ubemerket', 'nevn',
    // fi
    'piilo*', 'näkymätön', 'näkymättö*', 'salaa', 'hiljaa', 'huomaamatt*', 'mainitse',
    // et
    'peida*', 'peidet*', 'varja*', 'nähtamatu*', 'salaja', 'vaikselt', 'märkamatult',
    // lt
    'paslėpt*', 'paslėpk*', 'slėpk*', 'slapčia', 'nematom*', 'tyliai', 'nepastebim*', 'neminėk',
    // ru
    'скрыт*', 'скрой*', 'спрячь*', 'спрята*', 'невидим*', 'тайно', 'незаметн*', 'молча', 'упоминай',
    // uk
    'прихов*', 'сховай*', 'таємно', 'непомітн*', 'мовчки', 'згадуй',
    // bg
    'скрит*', 'скрий*', 'незабележим*', 'мълчаливо', 'споменавай',
    // sr
    'skrivena', 'skriveni', 'skriveno', 'sakrij*', 'nevidljiv*', 'tajno', 'potajno', 'neprimetn*',
    'pominji', 'скривен*', 'сакриј*', 'невидљив*', 'тајно', 'потајно', 'неприметн*', 'помињи',
    // hr
    'neprimjetn*', 'spominji',
    // sl
    'skrit', 'skrito', 'skrita', 'skriti', 'skrij*', 'nevidn*', 'skrivoma', 'neopazn*', 'omenjaj',
    'tiho',
    // el
    'κρυφ*', 'κρυμμέν*', 'κρύψ*', 'αόρατ*', 'σιωπηλά', 'αθόρυβα', 'αναφέρεις',
    // tr
    'gizli*', 'gizle*', 'görünmez*', 'sessizce', 'çaktırmadan', 'bahsetme',
    // ar
    '*مخفي*', '*إخفاء*', '*اخفاء*', 'سرا', '*خفية*', '*بصمت*', '*خلسة*',
    // fa
    '*پنهان*', '*مخفی*', '*نامرئی*', '*یواشکی*', '*بیصدا*',
    // he
    '*נסתר*', '*מוסתר*', '*הסתר*', '*הסתיר*', '*בסתר*', '*בשקט*', '*תזכיר*', '*סמוי*',
    // hi
    'छिपा*', 'छुपा*', 'अदृश्य*', 'चुपके*', 'चुपचाप', 'ज़िक्र',
    // bn
    'লুকানো', 'লুকিয়ে', 'লুকাও', 'গোপনে', 'অদৃশ্য*', 'চুপচাপ', 'নীরবে',
    // ur
    'چھپا*', 'چھپی*', 'پوشیدہ*', 'چپکے*', 'خاموشی', 'ذکر',
    // id/ms
    'tersembunyi', 'sembunyi*', 'menyembunyikan', 'diam', 'sebutkan',
    // vi — none: no single syllable is safe after tone folding (ẩn/giấu/lén collide with very common words)
    // th
    '*ซ่อน*', '*แอบ*', '*มองไม่เห็น*', '*เงียบๆ*', '*อย่าบอก*', '*อย่าพูดถึง*',
    // tl
    'nakatago', 'itago', 'palihim', 'patago', 'tahimik', 'banggitin',
    // sw
    'iliyofichwa', 'kuficha', 'kimya', 'usitaje',
    // zh
    '*隐藏*', '*隱藏*', '*隐蔽*', '*隱蔽*', '*隐形*', '*隱形*', '*偷偷*', '*悄悄*', '*暗中*', '*不要提*', '*别提*', '*別提*',
    '*不要告诉*', '*不要告訴*',
    // ja
    '*隠し*', '*隠れ*', '*見えない*', '*こっそり*', '*密かに*', '*ひそかに*', '*黙って*', '*言及しない*',
    // ko
    '숨겨*', '숨긴*', '숨기*', '몰래*', '비밀리*', '조용히*', '언급하지*', '알리지*',
  ],
  jailbreak: [
    // en
    'jailbreak*', 'jailbroken', 'dan', 'hack*', 'exploit*', 'crack*',
    // de
    'gehackt', 'knacke', 'knacken', 'knackt', 'geknackt', 'ausnutz*', '*sicherheitslücke*',
    // fr
    'pirat*', 'faille*', 'craqu*', 'débrid*',
    // es
    'vulnerabilid*', 'explota*',
    // pt
    'invadir', 'invada', 'quebrar',
    // it
    'bucare', 'sfrutta*', 'violare', 'vulnerabilit*',
    // nl
    'kraak*', 'kraken', 'misbruik*', 'kwetsba*',
    // pl
    'włam*', 'zhakuj*', 'haker*', 'hakow*', 'złam*',
    // cs
    'prolom*', 'zneuž*', 'zranitelnost*',
    // sk
    'prelomi*',
    // ro
    'exploatea*', 'vulnerabilitat*',
    // hu
    'feltör*', 'hekker*', 'hekkel*', 'sebezhetőség*',
    // sv
    'hacka*', 'utnyttja*', 'sårbarhet*',
    // da
    'knæk*', 'udnyt*', 'sårbarhed*',
    // no
    'knekk*', 'utnytt*',
    // fi
    'murra', 'murtaa', 'murtautu*', 'murto*', 'hakkeroi*', 'hakkeri*', 'haavoittuvuu*',
    // et
    'häkker*', 'häkki*', 'haavatavus*', 'murdma',
    // lt
    'nulauž*', 'įsilauž*', 'išnaudok*', 'pažeidžiamum*',
    // ru
    'джейлбрейк*', 'взлом*', 'хакер*', 'хакн*', 'эксплойт*', 'уязвимост*',
    // uk
    'злам*', 'вразлив*',
    // bg
    'хаква*', 'разбий*', 'пробив*',
    // sr
    'hakuj*', 'hakovan*', 'provali*', 'ranjivost*', 'хакуј*', 'хакован*', 'провали*', 'рањивост*',
    // hr
    'hakira*',
    // sl
    'vdor*', 'vdri', 'vdreti', 'heker*', 'ranljivost*',
    // el
    'χάκερ', 'χακάρ*', 'παραβίασ*', 'ευπάθει*', 'σπάσε',
    // tr
    'kırmak', 'istismar*', 'zafiyet*', 'sızma',
    // ar
    '*اختراق*', '*هاكر*', '*قرصن*', '*استغلال*', '*ثغرة*', '*جيلبريك*', '*اكسر*',
    // fa
    '*جیلبریک*', 'هک', '*هکر*', '*کرک*', '*سوءاستفاده*',
    // he
    '*פריצ*', '*פרוץ*', '*האק*', '*ניצול*', '*פגיעות*',
    // hi
    'जेलब्रेक*', 'हैक*', 'क्रैक*', 'भेद्यता*', 'शोषण*',
    // bn
    'জেলব্রেক*', 'হ্যাক*', 'ক্র্যাক*', 'শোষণ*',
    // ur
    'ہیک*', 'کریک*', 'استحصال*', 'جیلبریک*',
    // id/ms
    'retas*', 'meretas', 'peretas', 'bobol*', 'eksploit*', 'kerentanan', 'godam', 'menggodam',
    // vi — none: no single syllable is safe after tone folding (bẻ/khóa collide with very common words; "hack" is covered by en)
    // th
    '*เจลเบรก*', '*แฮ็ก*', '*แฮก*', '*เจาะระบบ*', '*ช่องโหว่*', '*แคร็ก*',
    // tl
    'pasukin', 'samantalahin',
    // sw
    'dukua', 'kudukua', 'mdukuzi', 'udukuzi',
    // zh
    '*越狱*', '*越獄*', '*破解*', '*黑客*', '*駭客*', '*骇客*', '*入侵*', '*漏洞*', '*攻破*',
    // ja
    '*脱獄*', '*ジェイルブレイク*', '*ハッキング*', '*ハック*', '*ハッカー*', '*クラック*', '*脆弱性*', '*エクスプロイト*', '*乗っ取*',
    // ko
    '탈옥*', '해킹*', '해커*', '크랙*', '취약점*', '익스플로잇*',
  ],
};
