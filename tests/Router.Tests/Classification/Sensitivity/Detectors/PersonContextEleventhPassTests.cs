using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// English and other Latin-script classes of the eleventh pass (issue 15, s19-ctxen): records in structured forms (CSV rows,
/// JSON objects with whole or split names, URL-encoded form bodies, HL7 PID segments, SQL rows and WHERE clauses on customer,
/// patient and staff tables); OCR'd passports, prescriptions and forms in capitals with broken spacing; voice transcripts with
/// house numbers and birth dates in words; Irish townland and county addresses with Eircodes and misspelled delivery notes with
/// abbreviated street types; a named child's or relative's age; head injuries and a broad medicines list; pay table rows,
/// maintenance and bonus lists; hiring candidates, a tenant's unit and SQL tables as record roles; a record followed by a
/// question and a birthday poem for a named relative. Every class has hard negatives beside it (schemas, general questions,
/// travel, public figures, fiction). All examples are written for these tests.
/// </summary>
public sealed class PersonContextEleventhPassTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;


    [Theory]
    [InlineData("id,full_name,street,city,postcode\n4411,Marisol Fenwick,27 Beechwood Avenue,Leeds,LS6 2QT")]
    [InlineData("Clean up this export: \"Tamsin Hurley\",\"1979-06-23\",\"Wexford Lane 4\",\"Cork\" (columns name,dob,street,city)")]
    [InlineData("first_name;last_name;date_of_birth\nOsgood;Pemberton;12/03/1961")]
    [InlineData("Dedupe these rows:\nname,address\nHolly Brennan,\"7 Carrow Road, Norwich NR1 1HS\"\nHolly Brennan,\"7 Carrow Rd, Norwich\"")]
    [InlineData("emp_name|dob|dept\nLazlo Tremaine|1983-09-14|Finance — load into pandas")]
    public void CsvRows_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("{\"customer\": {\"first\": \"Lucian\", \"last\": \"Marchetti\", \"address\": {\"line1\": \"61 Orchard Rise\", \"town\": \"Hull\", \"postcode\": \"HU5 3JT\"}}}")]
    [InlineData("Validate this payload: {\"patientName\":\"Dervla Costigan\",\"diagnosis\":\"type 1 diabetes\",\"insulin\":\"glargine 18u\"}")]
    [InlineData("{\"employee\":\"Anselm Krueger\",\"salary\":74200,\"currency\":\"EUR\"} — convert to YAML")]
    [InlineData("[{\"name\":\"Philippa Strand\",\"birthDate\":\"1990-02-14\"},{\"name\":\"Corwin Ashe\",\"birthDate\":\"1985-11-30\"}] why does my parser fail on this?")]
    [InlineData("Pretty-print: {\"applicant\":{\"fullName\":\"Maelle Fournier\",\"dateOfBirth\":\"2001-05-08\"}}")]
    [InlineData("{\"name\":\"Severin Holt\",\"condition\":\"Crohn's disease\",\"meds\":[\"infliximab\"]} — what's the JSON path to meds?")]
    public void JsonObjects_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Decode this form body: full_name=Wendell+Osei&street=14+Harrow+Crescent&city=Reading&postcode=RG1+4LX")]
    [InlineData("Log line: POST /checkout body=first=Anouk&last=Devereaux&addr1=19+Linden+Close&town=Bristol — redact it")]
    public void UrlEncodedFormBodies_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("PID|1||884412^^^HOSP^MR||THORNBURY^ALARIC^J||19570412|M|||8 QUARRY LANE^^DERBY^^DE1 2AB — parse this segment")]
    [InlineData("Explain this HL7 message: MSH|^~\\&|LAB|...\nPID|1||55201||NAKASHIMA^YUKI||19880903|F\nDG1|1||E11.9^Type 2 diabetes")]
    [InlineData("PID|1||7731^^^MRN||PRENDERGAST^NUALA^M||19620127|F|||44 BRIDGE ST^^SLIGO — which field is the DOB?")]
    public void Hl7Segments_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("INSERT INTO customers (full_name, address, city) VALUES ('Gideon Marsh', '3 Willow Bank', 'Stockport');")]
    [InlineData("UPDATE patients SET diagnosis = 'epilepsy' WHERE full_name = 'Rowena Blakely';")]
    [InlineData("SELECT * FROM employees WHERE full_name = 'Caius Whitlock' AND salary > 50000; — why is it slow?")]
    [InlineData("insert into clients(name, dob) values ('Briony Castell', '1972-08-05'); fix the syntax error")]
    [InlineData("UPDATE payroll SET annual_salary = 61500 WHERE employee_name = 'Leontyne Ferris';")]
    [InlineData("INSERT INTO tenants VALUES (12, 'Osric Penhallow', 'Flat 3, 18 Abbey Road', 950.00);")]
    [InlineData("DELETE FROM customers WHERE full_name = 'Jolene Marchbanks' AND dob = '1975-03-02';")]
    [InlineData("update staff set salary = 48000 where name = 'Perpetua Voss';")]
    public void SqlRowsAndQueries_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("PASSPORT\nSURNAME / NOM\nHALLORAN\nGIVEN NAMES / PRÉNOMS\nCIARA MAEVE\nDATE OF BIRTH\n14 AUG 1991 — transcribe this into a form")]
    [InlineData("OCR output: SURNAME: OKONKWO GIVEN NAMES: CHIDI EMEKA DATE OF BIRTH: 02 FEB 1983 PLACE OF BIRTH: LAGOS")]
    [InlineData("Rx\nPATIENT: BARNABY QUINLAN\nDOB: 07/11/1958\nSERTRALINE 50MG TAKE ONE DAILY\nDr. Hale — what does this say?")]
    [InlineData("SURNAME\nMcALLISTER\nGIVEN NAMES\nEOIN PATRICK\nDATE OF BIRTH 30 JAN 1979\nPLACE OF BIRTH DUBLIN — extract the fields as JSON")]
    [InlineData("PRESCRIPTION  Patient : HELGA  BJORNSDOTTIR   DOB : 11 . 04 . 1950  Rx : Quetiapine 100 mg nocte")]
    [InlineData("HOME ADDRESS: 88 HAWTHORN TCE, DUNDEE DD3 6QR  NAME: FERGUS AULD — is this scan readable?")]
    public void OcrFieldsInCapitals_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("transcript: \"send it to forty two maple drive springfield that's my place\"")]
    [InlineData("user said: my daughter amelia hartigan was born on the fourth of june two thousand and twelve")]
    [InlineData("Voice note: \"Hi it's Corinne Dubois, date of birth ninth of March nineteen eighty six, calling about my refill\"")]
    [InlineData("Alexa transcript: deliver the parcel to twenty seven oak lane please, I'm at home all day")]
    [InlineData("transcript: \"my name is Declan Fahy and I was born nineteen seventy two on the twenty first of October\"")]
    [InlineData("[transcript] caller: yeah it's one hundred and twelve birch avenue, the blue door, that's where I live")]
    [InlineData("speech-to-text: \"her birthday is the second of april nineteen ninety, her name's Sinead Carey\"")]
    [InlineData("dictation: patient Ambrose Tully date of birth the thirtieth of november nineteen forty four")]
    public void VoiceTranscriptsWithSpelledNumbers_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Ship to: Siobhan Nolan, Ballinacurra, Co. Limerick, V94 X2K7")]
    [InlineData("Deliver to my house: Knockbrack, Kilmallock, Co. Limerick")]
    [InlineData("Address for the card: Padraig Hegarty, 12 Main Street, Ennis, Co. Clare V95 K3P1")]
    [InlineData("my address is 4 Fairview Tce, Galway H91 F6C2")]
    [InlineData("Please post the documents to Aoife Kinsella, Cloonfad, Ballyhaunis, Co. Mayo F35 YX40.")]
    [InlineData("new address: Apt 6, Harbour View, Cobh, Co Cork P24 HW90 — update my profile")]
    public void IrishAddresses_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("deliverr to 18 Rosewood Drv, Dayton OH 45402, leave at back door")]
    [InlineData("plz deliver to my adress 9 Kingfisher Crt, Swindon SN3 1AA")]
    [InlineData("Delivery note: 33 Albion Tce, Whitby YO21 3HQ — ring twice, recipient is elderly")]
    [InlineData("pls delivr to 5 Meadow Crt, Leicester LE2 8FD asap")]
    [InlineData("Ship to: 41 Oakfield Drv Apt 2, Tulsa OK 74105")]
    public void MisspelledDeliveryNotes_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("My son Fintan is 15 and wants to apply for a summer job — help him write a cover letter")]
    [InlineData("Casimir Woodrow, aged 9, needs a note for the school nurse about his inhaler use")]
    [InlineData("my niece Rosalie Banda just turned 6 — ideas for her party?")]
    [InlineData("Our daughter, Isobel Tanaka (12), is joining the swim club; draft the consent letter.")]
    [InlineData("My daughter Orla is 11 and has been invited to a sleepover — what should she pack?")]
    [InlineData("Nephew Benedikt Rausch, 14, wants to try out for the academy — write his intro.")]
    [InlineData("Please make a certificate for Wilhelmina Otieno, aged 8, for finishing her reading challenge.")]
    public void NamedChildOrRelativeAge_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("My brother Lorcan Breslin had a concussion at rugby on Saturday — when can he go back to training?")]
    [InlineData("Note for HR: Annika Solberg is recovering from a traumatic brain injury and needs shorter shifts.")]
    [InlineData("My husband Tobias Reinholt takes Adderall and Zoloft — is it safe with ibuprofen?")]
    [InlineData("Dosing check: Quentin Ashworth, Vyvanse 30 mg mornings, Seroquel 25 mg nights")]
    [InlineData("School note: Maisie Holloway takes Concerta at 8am; please let her have water during class.")]
    [InlineData("Remind Ezra Lindqvist to collect his Ritalin prescription on Friday.")]
    [InlineData("Patient Hester Vane, post-concussion syndrome, headaches worse with screens — write a referral.")]
    [InlineData("Update for the coach: Caspian Doyle was concussed in Saturday's match and is on the return-to-play protocol.")]
    [InlineData("My partner Iolanthe Grey is on Abilify and Lamictal — can she drink alcohol?")]
    [InlineData("Medication list for Percival Stone: Strattera 40mg, Klonopin 0.5mg PRN.")]
    [InlineData("Brief for the school: Juniper Kaye has a brain injury from a car crash last year and tires easily.")]
    public void HeadInjuriesAndMedicines_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("| Name | Role | Salary |\n|---|---|---|\n| Evander Pryce | Analyst | £42,500 |")]
    [InlineData("Rewrite: Amara Sutcliffe pays spousal maintenance of £900 a month to her ex-husband.")]
    [InlineData("Draft the court summary: Dominika Varga receives child support of $1,150 per month from Lukas Varga.")]
    [InlineData("Q4 bonuses: Oriel Tansey £3,000; Bram Kettering £2,250; Saoirse Dunne £4,100 — format as a memo")]
    [InlineData("My ex Jonah Pelletier stopped paying alimony ($2,400/month) in March — what are my options?")]
    [InlineData("Markdown: | Employee | Base | Bonus |\n| Agatha Finchley | 56,000 | 4,500 |")]
    [InlineData("Alimony summary: Rupert Glanville to pay Celeste Glanville €1,800 monthly until 2029.")]
    [InlineData("Bonus list 2026 — Kestrel Adeyemi 5%, Marigold Haines 3%, Torin Blackwood 7% (of base). Turn into a table.")]
    [InlineData("Child maintenance: Fabian Whitmore owes £3,200 in arrears — draft the letter.")]
    public void PayTablesMaintenanceAndBonusLists_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Hiring notes: candidate Ingrid Vasquez-Moore was strong on system design, weak on SQL.")]
    [InlineData("Applicant Thaddeus Moyo withdrew after the second interview; log it in the tracker.")]
    [InlineData("The tenant in 4B, Roisin Maguire, reported a leak — draft the maintenance ticket.")]
    [InlineData("Flat 12 tenant Oswin Pryor has asked for a rent statement; write the reply.")]
    [InlineData("SELECT * FROM customers WHERE name = 'Felicity Okafor'; returns two rows, why?")]
    [InlineData("Interview debrief: the candidate, Ximena Lockhart, accepted the offer on Friday.")]
    [InlineData("Tenant in flat 2C, Barnaby Olufemi, has not paid the service charge; write a polite reminder.")]
    [InlineData("Our candidate Rafferty Nwosu needs a reference check — draft the email to his previous manager.")]
    public void CandidatesTenantUnitsAndSqlTables_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Patient: Delphine Arkwright, DOB 03/05/1949, Dx: CHF. Should she get the flu jab this year?")]
    [InlineData("Member record — Cormac Flynn, born 1961-02-17. Is he old enough for the senior rate?")]
    [InlineData("Client file: Magdalena Ruiz, 2 Penrose Way, Truro TR1 2AB. Can I send her the renewal by post?")]
    [InlineData("Employee: Barnabas Kohl, salary £39,000. Is he due a pay rise under the new bands?")]
    public void RecordThenQuestion_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Write a birthday poem for my grandmother Winifred Ashcombe, who turns 90 on Sunday.")]
    [InlineData("A short rhyme for my friend Lucinda Marlowe's 40th birthday next week, please")]
    [InlineData("Could you write a funny poem for my dad Desmond Fairweather's 65th birthday? He loves golf.")]
    public void BirthdayPoemForANamedRelative_Fire(string text) =>
        Assert.True(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("id,full_name,street,city,postcode — what column types should I use for this CSV header?")]
    [InlineData("{\"name\": \"string\", \"dob\": \"date\", \"address\": \"string\"} — turn this schema into a TypeScript interface")]
    [InlineData("How do I URL-encode a form body like name=...&address=... in Python?")]
    [InlineData("What does each field of an HL7 PID segment mean?")]
    [InlineData("UPDATE patients SET diagnosis = ? WHERE full_name = ? — is this parameterised query safe?")]
    [InlineData("CREATE TABLE customers (full_name TEXT, address TEXT, dob DATE);")]
    [InlineData("What fonts do passports use for the SURNAME and GIVEN NAMES fields?")]
    [InlineData("How does OCR handle the DATE OF BIRTH field on a machine-readable passport?")]
    [InlineData("How do voice assistants transcribe house numbers like forty two?")]
    [InlineData("Is it \"the fourth of June\" or \"June fourth\" in formal British writing?")]
    [InlineData("What's the best route from Dublin to Ennis, Co. Clare?")]
    [InlineData("Is the Cliffs of Moher visitor centre open in winter? It's in Co. Clare.")]
    [InlineData("How do Eircodes work and why do they look like V94 X2K7?")]
    [InlineData("What does Tce mean in a UK street name? And Crt?")]
    [InlineData("We're travelling to Portugal with our kids aged 9 and 15 — which beaches are best?")]
    [InlineData("My son is 15 — at what age can he get a summer job in Ireland?")]
    [InlineData("What's a good bedtime for a 6-year-old?")]
    [InlineData("How long should someone rest after a concussion?")]
    [InlineData("What's the difference between Adderall and Vyvanse?")]
    [InlineData("Can Zoloft and Seroquel be taken together?")]
    [InlineData("Is traumatic brain injury linked to dementia later in life?")]
    [InlineData("How is spousal maintenance calculated in England?")]
    [InlineData("| Role | Salary band |\n|---|---|\n| Analyst | £38k–£45k |")]
    [InlineData("What's the average child support payment in Texas?")]
    [InlineData("How are annual bonuses taxed in the UK?")]
    [InlineData("How should we score candidates in a structured interview?")]
    [InlineData("What rights does a tenant in a flat have if the landlord won't fix a leak?")]
    [InlineData("SELECT * FROM customers WHERE created_at > now() - interval '7 days';")]
    [InlineData("How old was Taylor Swift when she released Fearless?")]
    [InlineData("What medication does Elon Musk say he takes?")]
    [InlineData("Write a birthday poem for Paddington Bear's birthday.")]
    [InlineData("In my novel, Ciara Halloran lives at 12 Main Street, Ennis — continue the chapter.")]
    [InlineData("What's the senior discount age at most UK cinemas?")]
    [InlineData("What does the \"PID\" segment in HL7 v2 contain, field by field?")]
    [InlineData("Write a SQL query to find customers whose full_name contains a comma.")]
    [InlineData("How do I store date of birth in a JSON schema — string or date?")]
    [InlineData("Why does my passport say SURNAME on one line and GIVEN NAMES on another?")]
    [InlineData("Which county in Ireland is Ballyhaunis in? Co. Mayo or Co. Roscommon?")]
    [InlineData("What's the Eircode system and how accurate is it for rural townlands?")]
    [InlineData("How long does delivery to Co. Cork usually take from the UK?")]
    [InlineData("My kids are 8 and 11 — what are good hikes near Killarney?")]
    [InlineData("Is it normal for an 11-year-old to be tired after school?")]
    [InlineData("What are the symptoms of a concussion in children?")]
    [InlineData("Is Strattera a stimulant like Adderall?")]
    [InlineData("How much alimony do people usually pay in California?")]
    [InlineData("Make a markdown table of average salaries by role: Analyst 45k, Engineer 70k.")]
    [InlineData("How many candidates usually apply for a graduate role?")]
    [InlineData("Write a poem about autumn for my grandmother's birthday card.")]
    [InlineData("Write a birthday poem for Sherlock Holmes.")]
    [InlineData("Who is Saoirse Ronan and how old is she?")]
    [InlineData("How old is Prince George now?")]
    public void SchemasGeneralQuestionsTravelPublicFiguresAndFiction_DoNotFire(string text) =>
        Assert.False(IsSensitive(text.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("{\"firstName\": \"Ottilie\", \"lastName\": \"Brandt\", \"homeAddress\": \"22 Linden Way, Cambridge CB1 3QP\"}")]
    [InlineData("Mock-free prod dump (redact it): {\"user\": {\"given_name\": \"Rosaleen\", \"family_name\": \"Keogh\", \"dob\": \"1992-10-03\"}}")]
    [InlineData("curl -d \"fname=Isolde&lname=Merriweather&address=9+Quay+Street+Galway\" https://example.org/api — why 415?")]
    [InlineData("PID|1||99120^^^H||FITZGERALD^DECLAN^^^MR||19740611|M — convert this to FHIR Patient JSON")]
    [InlineData("FORENAMES: AILBHE ROISIN\nSURNAME: DUNNE\nD.O.B.: 17 MAR 1988 — which one is the first name?")]
    [InlineData("Rx: Mr  CONALL  BREEN  —  Amoxicillin  500mg  TDS  x7 days. Please transcribe.")]
    [InlineData("my little girl Saoirse is 4 and keeps waking at night — tips?")]
    [InlineData("transcribed: \"yeah my address is seventy one church road, sorry, seventy one church road, bangor\"")]
    [InlineData("Can you fix the format of my address? Ardnagashel, Bantry, Co Cork")]
    [InlineData("Tenant in 7A, Zdeňka Horváthová, wants to sublet for the summer; draft a response.")]
    [InlineData("| Staff | Salary |\n| Wendeline Oakes | $91,000 |\n| Fergal Doyle | $88,500 |")]
    [InlineData("Write a poem for my mum Bernadette Quill who turns 70 next month")]
    public void MoreRegistersOfTheSameClasses_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("How do I parse {\"first\": \"...\", \"last\": \"...\"} in Go?")]
    [InlineData("Best B&Bs near Bantry, Co Cork for a week in July?")]
    [InlineData("Our twins are 4 — what's a good age to start swimming lessons?")]
    [InlineData("The candidate for mayor, Bernard Hollis, promised new bike lanes — what did he say about buses?")]
    [InlineData("Write a story for my son about a dragon named Ember who turns 7")]
    [InlineData("SELECT COUNT(*) FROM employees WHERE salary > 50000;")]
    [InlineData("Dear Firstname Lastname, your order has shipped to the address on file.")]
    public void MoreHardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));
}
