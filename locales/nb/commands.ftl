## Command menu descriptions (setMyCommands) and /help lines.

command-start = Start og meny
command-help = Hva jeg kan hjelpe med
command-eligibility = Sjekk hvilke ordninger som kan passe
command-programmes = Les om ordningene
command-positions = Se ledige stillinger
command-alerts = Varsler om nye stillinger
command-contact = Kontakt koordinatoren
command-language = Bytt språk
command-privacy = Hva jeg lagrer om deg
command-gatherings = Samlingene dine
command-reminders = Når du vil få påminnelser
command-invite = Lag en invitasjonslenke
command-newgathering = Planlegg en samling
command-attendance = Se hvem som kommer
command-link = Gi en trainee en mentor
command-mentor = Skriv til mentoren din
command-trainees = Skriv til en av traineene dine
command-flag = Si fra om noe til koordinatoren
command-broadcast = Send en kunngjøring
command-broadcasts = Kunngjøringer som er sendt
command-ask = Still et spørsmål til koordinatoren
command-inbox = Spørsmål som venter på svar
command-stats = Tallene
command-mydata = Alt jeg har lagret om deg
command-forget = Slett alt om deg
command-roles = Ta tilbake roller og invitasjoner
