using System.Text.RegularExpressions;

namespace Parallax.Extraction;

/// <summary>
/// Line-level tests for text that is not the article: page furniture ("Comments (0)", "Send", "Loading...",
/// "Subscribe", "Follow us on"), counters and ids ("0 Persons", "News ID 123"), captchas ("3 + 11 ="),
/// subscription appeals, photo captions and credits. General patterns of news pages, no site names.
/// </summary>
public static partial class Boilerplate
{
    // Words that make up page furniture. A short line made only of these (and numbers, punctuation) is not prose.
    private static readonly HashSet<string> UiWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "comment", "comments", "send", "submit", "reply", "replies", "share", "shares", "shared", "print", "email", "e-mail", "mail",
        "tag", "tags", "related", "read", "more", "see", "latest", "subscribe", "subscription", "subscriptions", "unsubscribe",
        "sign", "in", "up", "out", "log", "login", "logout", "register", "loading", "advertisement", "advertising", "ad", "ads",
        "sponsored", "follow", "us", "on", "thank", "thanks", "you", "your", "to", "leave", "a", "an", "the", "news", "stories",
        "story", "articles", "article", "top", "back", "next", "previous", "prev", "home", "menu", "search", "close", "cookie",
        "cookies", "accept", "newsletter", "newsletters", "whatsapp", "facebook", "twitter", "telegram", "instagram", "linkedin",
        "youtube", "x", "tiktok", "pinterest", "reddit", "copy", "link", "view", "views", "all", "most", "popular", "viewed",
        "trending", "recommended", "click", "here", "also", "cancel", "post", "save", "bookmark", "listen", "audio", "min",
        "minute", "minutes", "of", "and", "or", "for", "now", "just", "in:", "here:", "feedback", "report", "rss", "feed",
        "app", "download", "free", "join", "conversation", "discussion", "write", "be", "first", "login:", "show", "hide",
        "load", "expand", "collapse", "toggle", "navigation", "skip", "content", "main", "contact", "about", "terms",
        "privacy", "policy", "edition", "options", "settings", "font", "size", "text", "larger", "smaller", "reset",
        "persons", "person", "people", "likes", "like", "dislike", "upvote", "downvote", "rate", "rating", "vote", "votes",
        "gallery", "photos", "photo", "video", "videos", "watch", "play", "slideshow", "image", "images", "continue",
        "reading", "below", "above", "page", "pages", "section", "sections", "topics", "topic", "categories", "category",
        "archive", "archives", "sitemap", "help", "faq", "faqs", "copyright", "rights", "reserved", "©",
        // German, French and Spanish page furniture.
        "kommentar", "kommentare", "kommentieren", "teilen", "drucken", "weiterlesen", "mehr", "lesen", "anzeige", "werbung",
        "abonnieren", "anmelden", "einloggen", "registrieren", "zurück", "weiter", "startseite", "suche", "impressum",
        "datenschutz", "kontakt", "ähnliche", "beiträge", "beitrag", "artikel", "verwandte", "themen", "schlagworte", "antworten",
        "zum", "zur", "nach", "oben", "diesen", "dieser", "aufrufe", "permalink", "permalien", "weiterführender", "weiterführende", "links", "alle", "ansehen", "bild", "bilder", "foto", "fotos", "galerie", "seite", "mehr:",
        "commentaires", "commentaire", "partager", "imprimer", "lire", "suite", "plus", "publicité", "abonnez-vous", "connexion",
        "accueil", "rechercher", "similaires", "voir", "aussi", "tous", "comentarios", "comentario", "compartir", "leer", "más",
        "publicidad", "suscríbete", "inicio", "buscar", "relacionados", "ver", "también",
    };

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Mn}'’-]*|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    // "Sign InLoading comments..." — scraped buttons glued together: split "InLoading" into "In Loading".
    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedWords();

    [GeneratedRegex(@"^\s*\d{1,4}\s*[-+x×*/]\s*\d{1,4}\s*=\s*\??\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Captcha();

    [GeneratedRegex(@"^(?:news|article|story|post|content|item|doc(?:ument)?)\s*(?:id|no\.?|number|#|code)\s*[:#]?\s*\d+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentId();

    [GeneratedRegex(@"^\d[\d,.]*[kKmM]?\s+(?:persons?|people|views?|reads?|readers?|likes?|shares?|comments?|votes?|visits?|hits?|min(?:ute)?s?(?:\s+read)?|words?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counter();

    [GeneratedRegex(@"^(?:updated\s*:?\s*|posted\s*:?\s*|published\s*:?\s*)?(?:\d+|an?|one|few)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\s*\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();

    // Credits: "(Video reporters: ...; video editors: ...)", "Reporting by X; Editing by Y", "Photo: AFP".
    [GeneratedRegex(@"^\(?\s*(?:(?:video|photo|additional|camera|text|graphics?)\s+)?(?:reporters?|reporting|editors?|editing|writing|writers?|producers?|producing|photos?|photographers?|camera(?:man|men)?|compiled|translat\w*|contributed|contributors?|credits?|image|pictures?|graphics?)\s*(?:by\s+|:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditStart();

    // A caption ends with a credit in parentheses after a full stop: "... in Portvale, April 11, 2031. (Meridian)".
    [GeneratedRegex(@"[.!?]['""’”]?\s*\((?:photo|image|file|pic|picture)?\s*(?:by|:|/)?\s*[\p{Lu}][\p{L}.&/ ,'-]{1,40}\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionCredit();

    // Position markers of photo captions: "(R)", "(C, front)", "(2nd L)", "(left)".
    [GeneratedRegex(@"\((?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|left|right|center|centre|front|back|top|bottom)(?:\s*,\s*(?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|left|right|center|centre|front|back|top|bottom|rear))*\)", RegexOptions.CultureInvariant)]
    private static partial Regex PositionMarker();

    [GeneratedRegex(@"^(?:photo|image|picture|file photo|pic|caption|credit|foto|bild|titelbild|bildnachweis|bildquelle|fotonachweis)s?\s*(?:by\b|:|\||/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionStart();

    [GeneratedRegex(@"\b(?:subscribe|subscribing|subscription|newsletters?|sign(?:ing)? up|donate|donation|ad\s?blocker|paywall|become a (?:member|subscriber|supporter|patron)|support (?:our|us|independent|quality|open)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppealWords();

    [GeneratedRegex(@"\b(?:you|your|yours|we|our|us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReaderAddress();

    [GeneratedRegex(@"\b(?:you|your)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"^(?:subscribe|choose|support|sign|join|click|donate|become|get|register|download|follow|like|help|please|don't miss|never miss|stay)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImperativeStart();

    [GeneratedRegex(@"\bfollow\b.{0,60}\b(?:twitter|facebook|instagram|telegram|youtube|linkedin|whatsapp|tiktok|threads|bluesky|mastodon|google news|x)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowLine();

    // Labels of a post's filing and its footer: "Category: Press releases", "Tags: harbour, ferries", "This entry was posted in ...".
    [GeneratedRegex(@"^(?:(?:categor(?:y|ies)|kategorien?|tags?|schlagw(?:o|ö)rter|schlagworte|stichw(?:o|ö)rter|themen|topics|filed under|posted in|abgelegt unter|cat(?:é|e)gories?|(?:é|e)tiquettes|mots-cl(?:é|e)s|etiquetas|categor(?:í|i)as?)\s*:|this entry was posted\b|dieser (?:eintrag|beitrag) wurde (?:am .{1,40})?(?:veröffentlicht|abgelegt|geschrieben)|bookmark the permalink)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FilingLabel();

    // What a page's closing lines offer the reader, in English, German, French, Spanish and Polish: apps, newsletters, issues,
    // letters to the editor, support, social accounts, affiliate disclosures.
    [GeneratedRegex(@"\b(?:subscri\w*|newsletters?|download\w*|apps?|letters? to the editor|support\w*|donat\w*|members?hip|follow|telegram|whatsapp|facebook|twitter|instagram|podcasts?|sign up|register|click|join|enjoy\w*|compensation|commission|affiliate|advertis\w*|disclosure|disclaimer|abo\w*|abonn\w*|posteingang|unterstütz\w*|folge\w*|bestell\w*|erhältlich|ausgabe|provision|klick\w*|suivez|rejoignez|soutenez|suscr\w*|síguenos|únete|canal|zapraszamy|subskrypcj\w*|obserwuj)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TailOffer();

    [GeneratedRegex(@"\b(?:you|your|we|our|us|du|dich|dir|dein\w*|ihr|euch|euer\w*|wir|uns|unser\w*|vous|votre|vos|nous|notre|nos|tu|te|usted|nuestr\w*)\b|\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReaderAddressAnyLanguage();

    [GeneratedRegex(@"©|\bcopyright\b|\bCC[- ]BY\b|creative commons|\blizenz\b|alle rechte vorbehalten|all rights reserved|tous droits réservés|todos los derechos reservados", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightsNotice();

    [GeneratedRegex(@"@\w{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"[""“”«»]", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteMark();

    /// <summary>The words of a line, with glued button labels split apart.</summary>
    public static IReadOnlyList<string> Words(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var words = new List<string>();
        for (int i = 0; NextWord(line, ref i, out int start);)
        {
            words.Add(line[start..i]);
        }
        return words;
    }

    /// <summary>How many words <see cref="Words"/> finds in a line, without building them.</summary>
    public static int WordCount(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        int count = 0;
        for (int i = 0; NextWord(line, ref i, out _);)
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// The next word at or after <paramref name="i"/>, leaving <paramref name="i"/> at its end: a letter followed by letters,
    /// combining marks, apostrophes and hyphens, or a run of digits (the pattern of <see cref="WordRegex"/>), split where a
    /// lower-case letter meets an upper-case one followed by a lower-case one (<see cref="GluedWords"/>). One scan, no
    /// regex: word counts are taken for every text block of every page.
    /// </summary>
    private static bool NextWord(string s, ref int i, out int start)
    {
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsLetter(c))
            {
                start = i++;
                while (i < s.Length)
                {
                    char d = s[i];
                    if (d is '\'' or '’' or '-' || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                        continue;
                    }
                    if (!char.IsLetter(d) || IsGlue(s, i))
                    {
                        break;
                    }
                    i++;
                }
                return true;
            }
            if (char.IsDigit(c))
            {
                start = i++;
                while (i < s.Length && char.IsDigit(s[i]))
                {
                    i++;
                }
                return true;
            }
            i++;
        }
        start = i;
        return false;
    }

    private static bool IsGlue(string s, int i) =>
        i > 0 && i + 1 < s.Length && char.GetUnicodeCategory(s[i - 1]) == System.Globalization.UnicodeCategory.LowercaseLetter
        && char.GetUnicodeCategory(s[i]) == System.Globalization.UnicodeCategory.UppercaseLetter
        && char.GetUnicodeCategory(s[i + 1]) == System.Globalization.UnicodeCategory.LowercaseLetter;

    /// <summary>The regex form of <see cref="Words"/>, kept as the reference its scan is tested against.</summary>
    internal static IReadOnlyList<string> WordsByRegex(string line) =>
        [.. WordRegex().Matches(GluedWords().Replace(line, " ")).Select(m => m.Value)];

    /// <summary>A short line made only of page-furniture words: "Comments (0)", "Send", "Latest See more", "Sign InLoading comments...".</summary>
    public static bool IsPageFurniture(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }
        if (!trimmed.Any(char.IsLetterOrDigit))
        {
            return true; // "-", "|", "•••"
        }
        var words = Words(trimmed);
        if (words.Count == 0 || words.Count > 8)
        {
            return false;
        }
        return words.All(w => UiWords.Contains(w) || w.All(char.IsDigit));
    }

    public static bool IsCaptcha(string line) => Captcha().IsMatch(line);

    public static bool IsContentId(string line) => ContentId().IsMatch(line.Trim());

    public static bool IsCounter(string line) => Counter().IsMatch(line.Trim());

    public static bool IsRelativeTime(string line) => RelativeTime().IsMatch(line.Trim());

    /// <summary>A credit line: "(Video reporters: ...)", "Reporting by ...; Editing by ...", "Photo: ...".</summary>
    public static bool IsCredit(string line)
    {
        var trimmed = line.Trim();
        if (!CreditStart().IsMatch(trimmed))
        {
            return false;
        }
        // A credit is short and has no sentence of its own.
        return WordCount(trimmed) <= 40 && !QuoteMark().IsMatch(trimmed);
    }

    /// <summary>
    /// A photo caption that can be told apart from prose: it ends with an agency credit in parentheses after a full stop,
    /// or names positions in the picture ("(R) meets with"), or starts "Photo:".
    /// </summary>
    public static bool IsCaption(string line)
    {
        var trimmed = line.Trim();
        if (CaptionStart().IsMatch(trimmed))
        {
            return true;
        }
        int words = WordCount(trimmed);
        if (words > 80 || QuoteMark().IsMatch(trimmed))
        {
            return false;
        }
        return CaptionCredit().IsMatch(trimmed) || PositionMarker().IsMatch(trimmed);
    }

    /// <summary>A subscription or donation appeal addressed to the reader ("Choose to support ... and subscribe").</summary>
    public static bool IsAppeal(string line)
    {
        var trimmed = line.Trim();
        if (!AppealWords().IsMatch(trimmed) || QuoteMark().IsMatch(trimmed) || WordCount(trimmed) > 60)
        {
            return false;
        }
        return ReaderAddress().IsMatch(trimmed) || ImperativeStart().IsMatch(trimmed);
    }

    /// <summary>A line that speaks to the reader ("It costs little and keeps us going."): boilerplate in a page's tail.</summary>
    public static bool AddressesReader(string line)
    {
        var trimmed = line.Trim();
        return SecondPerson().IsMatch(trimmed) && !QuoteMark().IsMatch(trimmed) && WordCount(trimmed) <= 40;
    }

    /// <summary>
    /// A closing line that is not the article's: an offer to the reader ("Get the latest news on your phone with our app",
    /// "Gefällt dir unser Magazin? Unterstütze uns") or a rights notice. Only for the last lines of a page's text.
    /// </summary>
    public static bool IsTailBoilerplate(string line)
    {
        var trimmed = line.Trim();
        int words = WordCount(trimmed);
        if (words > 60 || QuoteMark().IsMatch(trimmed))
        {
            return false;
        }
        return (TailOffer().IsMatch(trimmed) && ReaderAddressAnyLanguage().IsMatch(trimmed)) || (words <= 40 && RightsNotice().IsMatch(trimmed));
    }

    /// <summary>"Follow us on Twitter @Outlet", "You can also follow X on Facebook".</summary>
    public static bool IsFollowLine(string line)
    {
        var trimmed = line.Trim();
        int words = WordCount(trimmed);
        return !QuoteMark().IsMatch(trimmed) && ((words <= 30 && FollowLine().IsMatch(trimmed)) || (words <= 10 && Handle().IsMatch(trimmed)));
    }

    /// <summary>Anything above that is not the article wherever it stands.</summary>
    public static bool IsBoilerplateLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || !trimmed.Any(char.IsLetterOrDigit))
        {
            return true;
        }
        int count = WordCount(trimmed);
        // Every test below is about a short line: a long paragraph is never furniture.
        if (count > 80)
        {
            return false;
        }
        if (count <= 8 && Words(trimmed).All(w => UiWords.Contains(w) || w.All(char.IsDigit)))
        {
            return true;
        }
        bool quoted = QuoteMark().IsMatch(trimmed);
        return IsCaptcha(trimmed) || IsContentId(trimmed) || IsCounter(trimmed) || IsRelativeTime(trimmed)
            || (CreditStart().IsMatch(trimmed) && count <= 40 && !quoted)
            || (CaptionStart().IsMatch(trimmed) || (!quoted && (CaptionCredit().IsMatch(trimmed) || PositionMarker().IsMatch(trimmed))))
            || (count <= 60 && !quoted && AppealWords().IsMatch(trimmed) && (ReaderAddress().IsMatch(trimmed) || ImperativeStart().IsMatch(trimmed)))
            || (count <= 30 && !quoted && FollowLine().IsMatch(trimmed))
            || (count <= 10 && !quoted && Handle().IsMatch(trimmed))
            || (count <= 30 && FilingLabel().IsMatch(trimmed));
    }
}
