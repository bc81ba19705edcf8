## Command menu descriptions (setMyCommands) and /help lines.

command-start = Start og meny
command-help = Kva eg kan hjelpe med
command-eligibility = Sjekk kva ordningar som kan passe
command-programmes = Les om ordningane
command-positions = Sjå ledige stillingar
command-alerts = Varsel om nye stillingar
command-contact = Kontakt koordinatoren
command-language = Byt språk
command-privacy = Kva eg lagrar om deg
command-gatherings = Samlingane dine
command-reminders = Når du vil få påminningar
command-invite = Lag ei invitasjonslenkje
command-newgathering = Planlegg ei samling
command-attendance = Sjå kven som kjem
command-link = Gje ein trainee ein mentor
command-mentor = Skriv til mentoren din
command-trainees = Skriv til ein av traineane dine
command-flag = Sei frå om noko til koordinatoren
command-broadcast = Send ei kunngjering
command-broadcasts = Kunngjeringar som er sende
command-ask = Still eit spørsmål til koordinatoren
command-inbox = Spørsmål som ventar på svar
command-stats = Tala
command-mydata = Alt eg har lagra om deg
command-forget = Slett alt om deg
command-roles = Ta tilbake roller og invitasjonar
