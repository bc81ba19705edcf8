## Coordinators send a CSV file of positions to the bot.

import-not-coordinator = Only coordinators can add positions. Do you want to see open positions? Type /positions.
import-not-csv = Please send the positions as a CSV file. The columns are in the coordinators' guide.
import-too-large = The file is too large. It can be at most 2 MB.
import-download-failed = I could not fetch the file. Please try again in a moment.
import-not-utf8 = The file is not UTF-8 text. Save it as "CSV UTF-8" and send it again.
import-empty = The file is empty.
import-wrong-columns = Nothing was added. These columns are missing: { $columns }
import-malformed = Nothing was added. Line { $line } is not a valid CSV row.
import-rows = Nothing was added. Fix this and send the file again:
import-row = Line { $line }, { $field }: { $problem ->
        [too-long] { $max ->
            [one] longer than one character
           *[other] longer than { $max } characters
        }
        [missing] missing
        [bad-date] not a date (YYYY-MM-DD)
        [bad-link] not an http or https link
        [unknown-programme] not a programme in the catalogue
        [duplicate-id] used twice in the file
        [bad-percent] not a whole number from 1 to 100
       *[bad-employment] not permanent, temporary or substitute
    }
import-more-rows = And { $count ->
        [one] one more error.
       *[other] { $count } more errors.
    }
import-summary = The positions are in.
    New: { $added }. Changed: { $updated }. Unchanged: { $unchanged }.
    People who get an alert: { $alerts }.
