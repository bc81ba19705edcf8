## /eligibility: the guided check.

check-intro =
    Jeg stiller noen korte spørsmål. Svar med knappene.

    Du trenger aldri si hva slags funksjonsnedsettelse du har. Svarene dine blir slettet når sjekken er ferdig.
check-question =
    Spørsmål { $number }

    { $question }
check-yes = Ja
check-no = Nei
check-not-sure = Vet ikke
check-back = Tilbake
check-cancel = Avbryt
check-use-buttons = Svar med knappene under spørsmålet. Du kan også trykke Avbryt.
check-stale = Denne knappen hører til et spørsmål som er ferdig. Bruk det nyeste spørsmålet, eller skriv /eligibility.
check-cancelled = Sjekken er avbrutt. Svarene dine er slettet.
check-done = Takk! Det var alle spørsmålene.
check-result-intro = Dette er bare veiledning, ikke et vedtak. Det er arbeidsgiveren som avgjør hvem som får jobben.
check-result-may-fit = Kan passe for deg:
check-result-talk = Kan passe. Snakk med koordinatoren om:
check-result-no = Passer nok ikke:
check-next-step = Neste steg: { $step }
check-result-outro = Svarene dine er slettet. Vil du vite mer? Les om ordningene eller kontakt koordinatoren.
check-again = Ta sjekken på nytt
