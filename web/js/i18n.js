// UI language handling shared by all pages: Swedish is the default, English
// is available through a labelled <select>. Static texts carry a
// data-i18n="key" attribute and are filled from the dictionaries below;
// pages register for changes with onLanguageChange().

export const LANGUAGES = ["sv", "en"];
export const DEFAULT_LANGUAGE = "sv";
const STORAGE_KEY = "knowledge.language";

const strings = {
  sv: {
    "skip.main": "Hoppa till huvudinnehållet",
    "site.name": "Knowledge",
    "site.tagline": "Näringslivskontorens bild av småföretagens behov",
    "nav.label": "Huvudmeny",
    "nav.home": "Start",
    "nav.survey": "Enkäten",
    "nav.notes": "Anteckningar",
    "nav.review": "Granska",
    "language.label": "Språk / Language",
    "language.sv": "Svenska",
    "language.en": "English",
    "auth.checking": "Kontrollerar inloggning…",
    "auth.signedInAs": "Inloggad som",
    "auth.notSignedIn": "Du är inte inloggad.",
    "auth.signIn": "Logga in",
    "auth.signOut": "Logga ut",
    "auth.unavailable": "Det gick inte att kontrollera inloggningen just nu.",
    "auth.roles": "Behörighet",
    "auth.municipalities": "Kommuner",
    "auth.counties": "Län",
    "role.office": "näringslivskontor",
    "role.region": "region",
    "role.staff": "handläggare",
    "role.admin": "administratör",
    "footer.text": "Knowledge – en tjänst för kommunernas näringslivskontor.",
    "gate.home": "Till startsidan",
    "problem.details": "Serverns svar",
    "municipality.unknown": "Kommun {code}",

    "home.title": "Knowledge",
    "home.lead":
      "Knowledge samlar in kommunernas näringslivskontors bild av vilka behov små och medelstora företag (SME) har – till exempel kompetensförsörjning, finansiering, lokaler och digitalisering.",
    "home.how.title": "Så fungerar det",
    "home.how.1": "Logga in med ditt organisationskonto.",
    "home.how.2": "Besvara behovsenkäten för din kommun. Ett påbörjat svar sparas i webbläsaren tills du skickar det.",
    "home.how.3": "Svaren sammanställs per kommun och län och används för att planera stöd till företagen.",
    "home.account.title": "Ditt konto",
    "home.survey.title": "Behovsenkäten",
    "home.survey.text": "Enkäten besvaras av näringslivskontoret i varje kommun.",
    "home.survey.link": "Gå till enkäten",
    "home.survey.needsOffice": "För att besvara enkäten behöver ditt konto behörigheten näringslivskontor.",
    "home.notes.title": "Intervjuanteckningar",
    "home.notes.text":
      "Näringslivskontoren skriver korta anteckningar från samtal med företag. Taggar ur kodboken föreslås automatiskt och granskas sedan av handläggare. Personuppgifter maskeras innan något sparas.",
    "home.notes.link": "Skriv anteckningar",
    "home.notes.reviewLink": "Granska anteckningar",
    "home.notes.who": "Anteckningar skrivs av näringslivskontor och granskas av handläggare.",

    "survey.pageTitle": "Behovsenkät",
    "survey.loading": "Laddar enkäten…",
    "survey.gate.signIn.title": "Logga in för att besvara enkäten",
    "survey.gate.signIn.text":
      "Enkäten besvaras av kommunernas näringslivskontor. Logga in med ditt organisationskonto för att fortsätta.",
    "survey.gate.role.title": "Ditt konto saknar behörighet",
    "survey.gate.role.text":
      "Enkäten kan bara besvaras av konton med behörigheten näringslivskontor. Kontakta din administratör om du behöver behörighet.",
    "survey.gate.scope.title": "Ditt konto är inte kopplat till någon kommun",
    "survey.gate.scope.text":
      "För att besvara enkäten måste ditt konto vara kopplat till minst en kommun. Kontakta din administratör.",
    "survey.loadFailed.title": "Enkäten kunde inte laddas",
    "survey.loadFailed.text": "Försök igen om en stund genom att ladda om sidan.",
    "survey.draftRestored": "Ditt påbörjade svar har återställts från den här webbläsaren.",
    "survey.submitting": "Skickar…",
    "survey.retrying": "Ingen kontakt med servern. Försöker igen om {seconds} s (försök {attempt} av {max})…",
    "survey.retryingNow": "Försöker skicka igen (försök {attempt} av {max})…",
    "survey.retryExhausted":
      "Svaret kunde inte skickas eftersom servern inte svarar. Ditt svar finns kvar i webbläsaren. Kontrollera anslutningen och försök igen.",
    "survey.retryButton": "Försök igen",
    "survey.fieldErrors": "Svaret kunde inte sparas. Rätta de markerade frågorna och skicka igen.",
    "survey.fieldErrors.other": "Övriga fel:",
    "survey.problem.generic": "Svaret kunde inte skickas.",
    "survey.problem.401": "Du är inte inloggad längre. Logga in igen – ditt svar finns kvar i webbläsaren.",
    "survey.problem.403": "Ditt konto har inte behörighet att skicka svar för den valda kommunen.",
    "survey.problem.409": "Ett svar med samma id har redan skickats med ett annat innehåll.",
    "survey.problem.413": "Svaret är för stort för att skickas. Korta ner långa fritextsvar.",
    "survey.confirmation.title": "Tack! Ditt svar är mottaget.",
    "survey.confirmation.text": "Svaret är sparat. Spara gärna svars-id:t om du behöver hänvisa till svaret.",
    "survey.confirmation.responseId": "Svars-id",
    "survey.confirmation.municipality": "Kommun",
    "survey.confirmation.submittedAt": "Mottaget",
    "survey.confirmation.other": "Thank you! Your response has been received.",
    "survey.confirmation.new": "Besvara enkäten igen",
    "survey.municipality.unknown": "Kommun {code}",

    "tags.evidenceFor": "Underlag för",
    "tags.confidence": "säkerhet {value}",
    "tags.none": "Inga taggar",
    "tags.unknown": "Okänd tagg ({tag})",
    "note.reviewed": "Granskad",
    "note.notReviewed": "Ej granskad",
    "note.noCompany": "Inget företag angivet",
    "note.tags": "Taggar",
    "note.company": "Företag",
    "note.organisationNumber": "Organisationsnummer",
    "note.sizeClass": "Antal anställda",
    "note.sector": "Bransch",
    "note.interviewDate": "Intervjudatum",
    "note.createdAt": "Sparad",
    "note.reviewedAt": "Granskad",
    "note.masked.one": "1 personuppgift maskeras innan anteckningen sparas.",
    "note.masked.other": "{count} personuppgifter maskeras innan anteckningen sparas.",
    "note.maskedStored.one": "1 personuppgift är maskerad i texten.",
    "note.maskedStored.other": "{count} personuppgifter är maskerade i texten.",

    "notes.pageTitle": "Intervjuanteckningar",
    "notes.lead":
      "Skriv ner vad företaget berättade. Medan du skriver föreslås taggar ur kodboken, och du ser hur texten kommer att sparas: personnummer, e-postadresser och telefonnummer maskeras innan anteckningen sparas.",
    "notes.loading": "Laddar…",
    "notes.gate.signIn.title": "Logga in för att skriva anteckningar",
    "notes.gate.signIn.text":
      "Anteckningar skrivs av kommunernas näringslivskontor. Logga in med ditt organisationskonto för att fortsätta.",
    "notes.gate.role.title": "Ditt konto saknar behörighet",
    "notes.gate.role.text":
      "Anteckningar kan bara skrivas av konton med behörigheten näringslivskontor. Kontakta din administratör om du behöver behörighet.",
    "notes.gate.scope.title": "Ditt konto är inte kopplat till någon kommun",
    "notes.gate.scope.text":
      "För att skriva anteckningar måste ditt konto vara kopplat till minst en kommun. Kontakta din administratör.",
    "notes.loadFailed.title": "Sidan kunde inte laddas",
    "notes.loadFailed.text": "Försök igen om en stund genom att ladda om sidan.",
    "notes.form.title": "Ny anteckning",
    "notes.municipality": "Kommun",
    "notes.municipality.choose": "Välj kommun",
    "notes.date": "Intervjudatum",
    "notes.company.legend": "Företaget (frivilligt)",
    "notes.company.hint": "Uppgifterna används för att räkna behov per bransch och storlek. Skriv inte in uppgifter om enskilda personer.",
    "notes.company.name": "Företagets namn",
    "notes.company.orgNumber": "Organisationsnummer",
    "notes.company.orgNumber.hint": "Tio siffror, till exempel 556036-0793.",
    "notes.company.sizeClass": "Antal anställda",
    "notes.company.sector": "Bransch (SNI 2007)",
    "notes.company.notGiven": "Ej angivet",
    "notes.text": "Anteckning",
    "notes.text.hint": "Högst 20 000 tecken. Personnummer, e-postadresser och telefonnummer maskeras automatiskt.",
    "notes.required.municipality": "Välj kommun.",
    "notes.required.date": "Ange intervjudatum.",
    "notes.required.text": "Skriv anteckningen.",
    "notes.suggest.title": "Föreslagna taggar",
    "notes.suggest.intro": "Förslagen kommer från kodboken och uppdateras medan du skriver. En handläggare granskar taggarna senare.",
    "notes.suggest.idle": "Skriv anteckningen så visas förslag här.",
    "notes.suggest.none": "Inga taggar föreslås för texten än.",
    "notes.suggest.count.one": "1 tagg föreslås.",
    "notes.suggest.count.other": "{count} taggar föreslås.",
    "notes.suggest.failed": "Förslag kunde inte hämtas just nu. Du kan ändå spara anteckningen.",
    "notes.preview.title": "Så sparas texten",
    "notes.preview.hint": "Markerad text är underlaget för en föreslagen tagg.",
    "notes.save": "Spara anteckningen",
    "notes.saving": "Sparar…",
    "notes.retrying": "Ingen kontakt med servern. Försöker igen om {seconds} s (försök {attempt} av {max})…",
    "notes.retryingNow": "Försöker spara igen (försök {attempt} av {max})…",
    "notes.retryExhausted":
      "Anteckningen kunde inte sparas eftersom servern inte svarar. Den finns kvar i webbläsaren. Kontrollera anslutningen och försök igen.",
    "notes.retryButton": "Försök igen",
    "notes.draftRestored": "Din påbörjade anteckning har återställts från den här webbläsaren.",
    "notes.fieldErrors": "Anteckningen kunde inte sparas. Rätta de markerade fälten och spara igen.",
    "notes.fieldErrors.other": "Övriga fel:",
    "notes.problem.generic": "Anteckningen kunde inte sparas.",
    "notes.problem.401": "Du är inte inloggad längre. Logga in igen – anteckningen finns kvar i webbläsaren.",
    "notes.problem.403": "Ditt konto har inte behörighet att spara anteckningar för den valda kommunen.",
    "notes.problem.409":
      "En anteckning med samma id har redan sparats med ett annat innehåll. Spara den som en ny anteckning om den ska sparas också.",
    "notes.problem.413": "Anteckningen är för stor för att sparas. Korta ner texten.",
    "notes.saveAsNew": "Spara som ny anteckning",
    "notes.confirmation.title": "Anteckningen är sparad.",
    "notes.confirmation.text":
      "Texten sparades med personuppgifterna maskerade. Taggarna nedan gäller tills en handläggare har granskat anteckningen.",
    "notes.confirmation.noteId": "Antecknings-id",
    "notes.confirmation.municipality": "Kommun",
    "notes.confirmation.tags": "Taggar",
    "notes.confirmation.new": "Skriv en ny anteckning",
    "notes.list.title": "Tidigare anteckningar",
    "notes.list.titleFor": "Tidigare anteckningar för {municipality}",
    "notes.list.loading": "Laddar anteckningarna…",
    "notes.list.empty": "Det finns inga anteckningar för kommunen än.",
    "notes.list.failed": "Anteckningarna kunde inte hämtas just nu.",

    "review.pageTitle": "Granska anteckningar",
    "review.lead":
      "Välj län och kommun och öppna en anteckning. Bekräfta, lägg till eller ta bort taggar. Granskade taggar ersätter förslaget där taggarna räknas.",
    "review.loading": "Laddar…",
    "review.gate.signIn.title": "Logga in för att granska anteckningar",
    "review.gate.signIn.text": "Anteckningar granskas av handläggare. Logga in med ditt organisationskonto för att fortsätta.",
    "review.gate.role.title": "Ditt konto saknar behörighet",
    "review.gate.role.text":
      "Anteckningar kan bara granskas av konton med behörigheten handläggare eller administratör. Kontakta din administratör om du behöver behörighet.",
    "review.loadFailed.title": "Sidan kunde inte laddas",
    "review.loadFailed.text": "Försök igen om en stund genom att ladda om sidan.",
    "review.pick.title": "Välj kommun",
    "review.county": "Län",
    "review.county.choose": "Välj län",
    "review.municipality": "Kommun",
    "review.municipality.choose": "Välj kommun",
    "review.municipality.chooseCountyFirst": "Välj län först",
    "review.list.title": "Anteckningar",
    "review.list.choose": "Välj en kommun för att se dess anteckningar.",
    "review.list.loading": "Laddar anteckningarna…",
    "review.list.empty": "Det finns inga anteckningar för kommunen.",
    "review.list.failed": "Anteckningarna kunde inte hämtas.",
    "review.list.count.one": "1 anteckning.",
    "review.list.count.other": "{count} anteckningar.",
    "review.note.title": "Anteckning från {date}",
    "review.note.loading": "Laddar anteckningen…",
    "review.note.failed": "Anteckningen kunde inte hämtas.",
    "review.note.text": "Anteckningen",
    "review.note.textHint": "Texten är maskerad. Markerad text är underlaget för förslaget.",
    "review.note.suggestedBy": "Förslag från",
    "review.tags.legend": "Taggar",
    "review.tags.fromReview": "Förifyllt med den senaste granskningen.",
    "review.tags.fromSuggestion": "Förifyllt med förslaget. Bekräfta, lägg till eller ta bort taggar.",
    "review.tags.suggested": "föreslagen, säkerhet {value}",
    "review.save": "Spara granskning",
    "review.saving": "Sparar granskningen…",
    "review.retrying": "Ingen kontakt med servern. Försöker igen om {seconds} s (försök {attempt} av {max})…",
    "review.retryingNow": "Försöker spara igen (försök {attempt} av {max})…",
    "review.retryExhausted": "Granskningen kunde inte sparas eftersom servern inte svarar. Kontrollera anslutningen och försök igen.",
    "review.retryButton": "Försök igen",
    "review.saved": "Granskningen är sparad.",
    "review.fieldErrors": "Granskningen kunde inte sparas. Rätta det markerade och spara igen.",
    "review.fieldErrors.other": "Övriga fel:",
    "review.problem.generic": "Granskningen kunde inte sparas.",
    "review.problem.401": "Du är inte inloggad längre. Logga in igen och granska anteckningen på nytt.",
    "review.problem.403": "Ditt konto har inte behörighet att granska anteckningar.",
    "review.problem.404": "Anteckningen finns inte längre.",
    "review.problem.412":
      "Någon annan har ändrat anteckningen sedan du öppnade den. Ladda om anteckningen och granska den igen.",
    "review.reload": "Ladda om anteckningen",
  },
  en: {
    "skip.main": "Skip to main content",
    "site.name": "Knowledge",
    "site.tagline": "Municipal business offices on the needs of small businesses",
    "nav.label": "Main menu",
    "nav.home": "Home",
    "nav.survey": "Survey",
    "nav.notes": "Notes",
    "nav.review": "Review",
    "language.label": "Language / Språk",
    "language.sv": "Svenska",
    "language.en": "English",
    "auth.checking": "Checking sign-in…",
    "auth.signedInAs": "Signed in as",
    "auth.notSignedIn": "You are not signed in.",
    "auth.signIn": "Sign in",
    "auth.signOut": "Sign out",
    "auth.unavailable": "Could not check your sign-in right now.",
    "auth.roles": "Access",
    "auth.municipalities": "Municipalities",
    "auth.counties": "Counties",
    "role.office": "business office",
    "role.region": "region",
    "role.staff": "staff",
    "role.admin": "administrator",
    "footer.text": "Knowledge – a service for municipal business offices in Sweden.",
    "gate.home": "Back to the home page",
    "problem.details": "Server response",
    "municipality.unknown": "Municipality {code}",

    "home.title": "Knowledge",
    "home.lead":
      "Knowledge collects how Swedish municipal business offices see the needs of small and medium-sized enterprises (SMEs) – for example skills supply, financing, premises and digitalisation.",
    "home.how.title": "How it works",
    "home.how.1": "Sign in with your organisation account.",
    "home.how.2": "Answer the needs survey for your municipality. An unfinished answer is kept in your browser until you submit it.",
    "home.how.3": "Answers are compiled per municipality and county and used to plan support for businesses.",
    "home.account.title": "Your account",
    "home.survey.title": "The needs survey",
    "home.survey.text": "The survey is answered by the business office of each municipality.",
    "home.survey.link": "Go to the survey",
    "home.survey.needsOffice": "To answer the survey your account needs the business office permission.",
    "home.notes.title": "Interview notes",
    "home.notes.text":
      "Business offices write short notes from conversations with companies. Tags from the codebook are suggested automatically and then reviewed by staff. Personal data is masked before anything is saved.",
    "home.notes.link": "Write notes",
    "home.notes.reviewLink": "Review notes",
    "home.notes.who": "Notes are written by business offices and reviewed by staff.",

    "survey.pageTitle": "Needs survey",
    "survey.loading": "Loading the survey…",
    "survey.gate.signIn.title": "Sign in to answer the survey",
    "survey.gate.signIn.text":
      "The survey is answered by municipal business offices. Sign in with your organisation account to continue.",
    "survey.gate.role.title": "Your account does not have access",
    "survey.gate.role.text":
      "Only accounts with the business office permission can answer the survey. Contact your administrator if you need access.",
    "survey.gate.scope.title": "Your account is not linked to a municipality",
    "survey.gate.scope.text":
      "To answer the survey your account must be linked to at least one municipality. Contact your administrator.",
    "survey.loadFailed.title": "The survey could not be loaded",
    "survey.loadFailed.text": "Please try again in a while by reloading the page.",
    "survey.draftRestored": "Your unfinished answer has been restored from this browser.",
    "survey.submitting": "Sending…",
    "survey.retrying": "No connection to the server. Retrying in {seconds} s (attempt {attempt} of {max})…",
    "survey.retryingNow": "Retrying (attempt {attempt} of {max})…",
    "survey.retryExhausted":
      "The answer could not be sent because the server is not responding. Your answer is kept in this browser. Check your connection and try again.",
    "survey.retryButton": "Try again",
    "survey.fieldErrors": "The answer could not be saved. Correct the marked questions and submit again.",
    "survey.fieldErrors.other": "Other errors:",
    "survey.problem.generic": "The answer could not be sent.",
    "survey.problem.401": "You are no longer signed in. Sign in again – your answer is kept in this browser.",
    "survey.problem.403": "Your account is not allowed to submit answers for the selected municipality.",
    "survey.problem.409": "An answer with the same id has already been submitted with different content.",
    "survey.problem.413": "The answer is too large to send. Please shorten long free-text answers.",
    "survey.confirmation.title": "Thank you! Your response has been received.",
    "survey.confirmation.text": "The response is saved. Keep the response id if you need to refer to it.",
    "survey.confirmation.responseId": "Response id",
    "survey.confirmation.municipality": "Municipality",
    "survey.confirmation.submittedAt": "Received",
    "survey.confirmation.other": "Tack! Ditt svar är mottaget.",
    "survey.confirmation.new": "Answer the survey again",
    "survey.municipality.unknown": "Municipality {code}",

    "tags.evidenceFor": "Evidence for",
    "tags.confidence": "confidence {value}",
    "tags.none": "No tags",
    "tags.unknown": "Unknown tag ({tag})",
    "note.reviewed": "Reviewed",
    "note.notReviewed": "Not reviewed",
    "note.noCompany": "No company given",
    "note.tags": "Tags",
    "note.company": "Company",
    "note.organisationNumber": "Organisation number",
    "note.sizeClass": "Employees",
    "note.sector": "Sector",
    "note.interviewDate": "Interview date",
    "note.createdAt": "Saved",
    "note.reviewedAt": "Reviewed",
    "note.masked.one": "1 item of personal data is masked before the note is saved.",
    "note.masked.other": "{count} items of personal data are masked before the note is saved.",
    "note.maskedStored.one": "1 item of personal data is masked in the text.",
    "note.maskedStored.other": "{count} items of personal data are masked in the text.",

    "notes.pageTitle": "Interview notes",
    "notes.lead":
      "Write down what the company told you. While you type, tags from the codebook are suggested and you see how the text will be saved: personal identity numbers, e-mail addresses and phone numbers are masked before the note is saved.",
    "notes.loading": "Loading…",
    "notes.gate.signIn.title": "Sign in to write notes",
    "notes.gate.signIn.text": "Notes are written by municipal business offices. Sign in with your organisation account to continue.",
    "notes.gate.role.title": "Your account does not have access",
    "notes.gate.role.text":
      "Only accounts with the business office permission can write notes. Contact your administrator if you need access.",
    "notes.gate.scope.title": "Your account is not linked to a municipality",
    "notes.gate.scope.text": "To write notes your account must be linked to at least one municipality. Contact your administrator.",
    "notes.loadFailed.title": "The page could not be loaded",
    "notes.loadFailed.text": "Please try again in a while by reloading the page.",
    "notes.form.title": "New note",
    "notes.municipality": "Municipality",
    "notes.municipality.choose": "Choose a municipality",
    "notes.date": "Interview date",
    "notes.company.legend": "The company (optional)",
    "notes.company.hint": "These facts are used to count needs by sector and size. Do not enter details about individual people.",
    "notes.company.name": "Company name",
    "notes.company.orgNumber": "Organisation number",
    "notes.company.orgNumber.hint": "Ten digits, for example 556036-0793.",
    "notes.company.sizeClass": "Employees",
    "notes.company.sector": "Sector (SNI 2007)",
    "notes.company.notGiven": "Not given",
    "notes.text": "Note",
    "notes.text.hint": "At most 20,000 characters. Personal identity numbers, e-mail addresses and phone numbers are masked automatically.",
    "notes.required.municipality": "Choose a municipality.",
    "notes.required.date": "Enter the interview date.",
    "notes.required.text": "Write the note.",
    "notes.suggest.title": "Suggested tags",
    "notes.suggest.intro": "The suggestions come from the codebook and are updated while you type. Staff review the tags later.",
    "notes.suggest.idle": "Write the note and suggestions appear here.",
    "notes.suggest.none": "No tags are suggested for the text yet.",
    "notes.suggest.count.one": "1 tag is suggested.",
    "notes.suggest.count.other": "{count} tags are suggested.",
    "notes.suggest.failed": "Suggestions could not be fetched right now. You can still save the note.",
    "notes.preview.title": "How the text will be saved",
    "notes.preview.hint": "Highlighted text is the evidence for a suggested tag.",
    "notes.save": "Save the note",
    "notes.saving": "Saving…",
    "notes.retrying": "No connection to the server. Retrying in {seconds} s (attempt {attempt} of {max})…",
    "notes.retryingNow": "Retrying (attempt {attempt} of {max})…",
    "notes.retryExhausted":
      "The note could not be saved because the server is not responding. It is kept in this browser. Check your connection and try again.",
    "notes.retryButton": "Try again",
    "notes.draftRestored": "Your unfinished note has been restored from this browser.",
    "notes.fieldErrors": "The note could not be saved. Correct the marked fields and save again.",
    "notes.fieldErrors.other": "Other errors:",
    "notes.problem.generic": "The note could not be saved.",
    "notes.problem.401": "You are no longer signed in. Sign in again – the note is kept in this browser.",
    "notes.problem.403": "Your account is not allowed to save notes for the selected municipality.",
    "notes.problem.409":
      "A note with the same id has already been saved with different content. Save it as a new note if it should be saved too.",
    "notes.problem.413": "The note is too large to save. Please shorten the text.",
    "notes.saveAsNew": "Save as a new note",
    "notes.confirmation.title": "The note is saved.",
    "notes.confirmation.text":
      "The text was saved with personal data masked. The tags below count until staff have reviewed the note.",
    "notes.confirmation.noteId": "Note id",
    "notes.confirmation.municipality": "Municipality",
    "notes.confirmation.tags": "Tags",
    "notes.confirmation.new": "Write a new note",
    "notes.list.title": "Earlier notes",
    "notes.list.titleFor": "Earlier notes for {municipality}",
    "notes.list.loading": "Loading the notes…",
    "notes.list.empty": "There are no notes for the municipality yet.",
    "notes.list.failed": "The notes could not be fetched right now.",

    "review.pageTitle": "Review notes",
    "review.lead":
      "Choose a county and a municipality and open a note. Confirm, add or remove tags. Reviewed tags replace the suggestion wherever tags are counted.",
    "review.loading": "Loading…",
    "review.gate.signIn.title": "Sign in to review notes",
    "review.gate.signIn.text": "Notes are reviewed by staff. Sign in with your organisation account to continue.",
    "review.gate.role.title": "Your account does not have access",
    "review.gate.role.text":
      "Only accounts with the staff or administrator permission can review notes. Contact your administrator if you need access.",
    "review.loadFailed.title": "The page could not be loaded",
    "review.loadFailed.text": "Please try again in a while by reloading the page.",
    "review.pick.title": "Choose a municipality",
    "review.county": "County",
    "review.county.choose": "Choose a county",
    "review.municipality": "Municipality",
    "review.municipality.choose": "Choose a municipality",
    "review.municipality.chooseCountyFirst": "Choose a county first",
    "review.list.title": "Notes",
    "review.list.choose": "Choose a municipality to see its notes.",
    "review.list.loading": "Loading the notes…",
    "review.list.empty": "There are no notes for the municipality.",
    "review.list.failed": "The notes could not be fetched.",
    "review.list.count.one": "1 note.",
    "review.list.count.other": "{count} notes.",
    "review.note.title": "Note from {date}",
    "review.note.loading": "Loading the note…",
    "review.note.failed": "The note could not be fetched.",
    "review.note.text": "The note",
    "review.note.textHint": "The text is masked. Highlighted text is the evidence for the suggestion.",
    "review.note.suggestedBy": "Suggested by",
    "review.tags.legend": "Tags",
    "review.tags.fromReview": "Prefilled from the latest review.",
    "review.tags.fromSuggestion": "Prefilled from the suggestion. Confirm, add or remove tags.",
    "review.tags.suggested": "suggested, confidence {value}",
    "review.save": "Save review",
    "review.saving": "Saving the review…",
    "review.retrying": "No connection to the server. Retrying in {seconds} s (attempt {attempt} of {max})…",
    "review.retryingNow": "Retrying (attempt {attempt} of {max})…",
    "review.retryExhausted": "The review could not be saved because the server is not responding. Check your connection and try again.",
    "review.retryButton": "Try again",
    "review.saved": "The review is saved.",
    "review.fieldErrors": "The review could not be saved. Correct what is marked and save again.",
    "review.fieldErrors.other": "Other errors:",
    "review.problem.generic": "The review could not be saved.",
    "review.problem.401": "You are no longer signed in. Sign in again and review the note once more.",
    "review.problem.403": "Your account is not allowed to review notes.",
    "review.problem.404": "The note no longer exists.",
    "review.problem.412": "Someone else changed the note after you opened it. Reload the note and review it again.",
    "review.reload": "Reload the note",
  },
};

const listeners = new Set();
let current = readStoredLanguage();

function readStoredLanguage() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (LANGUAGES.includes(stored)) return stored;
  } catch {
    // Storage can be unavailable (privacy mode); fall back to Swedish.
  }
  return DEFAULT_LANGUAGE;
}

export function getLanguage() {
  return current;
}

/** The other UI language (used to show the confirmation in both languages). */
export function otherLanguage(language = current) {
  return language === "sv" ? "en" : "sv";
}

/** Translate a key; {name} placeholders are replaced from params. */
export function t(key, params = {}, language = current) {
  const template = strings[language]?.[key] ?? strings[DEFAULT_LANGUAGE][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** Translate "<key>.one" when count is 1, else "<key>.other"; {count} is available to both. */
export function tCount(key, count, params = {}, language = current) {
  return t(`${key}.${count === 1 ? "one" : "other"}`, { count, ...params }, language);
}

/** Pick the right text out of a {sv, en} object (or a {default, en} SurveyJS-style one). */
export function pickLocalized(value, language = current) {
  if (value == null) return "";
  if (typeof value === "string") return value;
  return value[language] ?? (language === "sv" ? value.default : undefined) ?? value.sv ?? value.default ?? value.en ?? "";
}

/** Fill every [data-i18n] element (textContent) and [data-i18n-attr] ("attr:key;attr:key"). */
export function applyTranslations(root = document) {
  document.documentElement.lang = current;
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of element.dataset.i18nAttr.split(";")) {
      const [attribute, key] = pair.split(":").map((part) => part.trim());
      if (attribute && key) element.setAttribute(attribute, t(key));
    }
  }
}

export function setLanguage(language) {
  if (!LANGUAGES.includes(language) || language === current) return;
  current = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not fatal: the choice just is not remembered.
  }
  applyTranslations();
  for (const listener of listeners) listener(language);
}

export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Wire the page's language <select id="language-select"> to setLanguage(). */
export function initLanguageSwitch(select = document.getElementById("language-select")) {
  applyTranslations();
  if (!select) return;
  select.value = current;
  select.addEventListener("change", () => setLanguage(select.value));
  onLanguageChange((language) => {
    if (select.value !== language) select.value = language;
  });
}
