namespace Parallax.Extraction;

/// <summary>
/// A small language identifier: the writing system first (Arabic, Persian, Cyrillic, Greek, Hebrew, CJK, Thai),
/// then the share of each Latin-script language's commonest function words. Returns an ISO 639-1 code, or null
/// when the text is too short or no language stands out.
/// </summary>
public static class LanguageGuesser
{
    private static readonly (string Code, HashSet<string> Words)[] Latin =
    [
        ("en", Set("the of and to in a is that for it on was with as by at from he said be are has have this not but his which an were they its or had will their been who would")),
        ("de", Set("der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis")),
        ("fr", Set("de la le et les des en un du une est que pour qui dans par sur au pas plus ne se ce il sont avec a été aux cette elle ses mais ou son nous")),
        ("es", Set("de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya o fue este ha sí porque esta entre cuando muy sin sobre")),
        ("it", Set("di e il la che in un per è del non una con le si da al sono dei alla gli della come lo anche più ma nel ha ad questo delle era")),
        ("pt", Set("de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito nos já está")),
        ("nl", Set("de en van het een in is dat op te zijn met voor niet die aan er om ook als door maar bij uit dan of naar heeft worden wordt nog hij ze")),
        ("sv", Set("och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan när efter")),
        ("pl", Set("i w nie na się z do że to jest o jak po co ale od za przez dla jego czy już tak są być może")),
        ("tr", Set("ve bir bu da de için ile çok daha olarak gibi ama en olan kadar sonra ne var değil her ancak")),
        ("id", Set("yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena ada oleh mereka bisa telah")),
    ];

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);

    public static string? Guess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > 20_000 ? text[..20_000] : text;
        int letters = 0, arabic = 0, persian = 0, cyrillic = 0, greek = 0, hebrew = 0, han = 0, kana = 0, hangul = 0, thai = 0;
        foreach (char c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            letters++;
            switch (c)
            {
                case >= '\u0600' and <= '\u06FF':
                    arabic++;
                    if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ک' or 'ی')
                    {
                        persian++;
                    }
                    break;
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
            }
        }
        if (letters < 20)
        {
            return null;
        }
        double half = letters / 2.0;
        if (arabic > half) { return persian * 20 > arabic ? "fa" : "ar"; }
        if (cyrillic > half) { return sample.Any(c => c is 'і' or 'ї' or 'є' or 'ґ') ? "uk" : "ru"; }
        if (greek > half) { return "el"; }
        if (hebrew > half) { return "he"; }
        if (kana > letters / 10) { return "ja"; }
        if (hangul > half) { return "ko"; }
        if (han > half) { return "zh"; }
        if (thai > half) { return "th"; }

        var words = sample.ToLowerInvariant().Split((char[])[' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '"', '(', ')', '“', '”', '«', '»'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 5)
        {
            return null;
        }
        string? best = null;
        int bestHits = 0, second = 0;
        foreach (var (code, set) in Latin)
        {
            int hits = words.Count(set.Contains);
            if (hits > bestHits)
            {
                second = bestHits;
                bestHits = hits;
                best = code;
            }
            else if (hits > second)
            {
                second = hits;
            }
        }
        // At least one word in ten a function word, and the winner clearly ahead of the runner-up.
        return bestHits * 10 >= words.Length && bestHits > second * 1.2 ? best : null;
    }
}
