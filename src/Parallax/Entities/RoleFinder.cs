using Parallax.Model;

namespace Parallax.Entities;

/// <summary>An entity mention over tokens [Start, End) before it becomes a <see cref="Mention"/>.</summary>
internal record struct TokenMention(int Start, int End, EntityType Type);

/// <summary>
/// Reads titles and roles around person names and corrects a few entity types from context, with general
/// patterns only:
/// <list type="bullet">
/// <item>before the name: "[Omani] [Foreign Minister] [Sayyid] NAME", "[U.S.] [Secretary of State] NAME",
/// "[U.S. president]'s [special envoy] NAME", "[CENTCOM] [Commander] [Adm.] NAME", "[Oman]'s [Foreign Minister], NAME";</item>
/// <item>after it: "NAME, the [Omani] [foreign minister]", "NAME, [vice rector] at [Tel Aviv University]",
/// "NAME ([Commander] of [U.S. Central Command])".</item>
/// </list>
/// Honorifics and ranks (Sayyid, Seyed, Adm., Gen., Dr.) are kept out of the name's span and recorded in
/// <see cref="Mention.Honorific"/>; a rank gives the role when nothing else does.
/// Types: a name after "aircraft carrier", "warship", "USS", or before a warship noun or in an appositive naming one
/// ("Abraham Lincoln, the aircraft carrier"), is a vessel (Misc); a name written "Name-4" or followed by
/// "missile", "drone" is a weapon or product (Misc); a name ending in "TV", "Radio", "Agency" is an organisation;
/// a capital or large city (<see cref="Places"/>) called a person or Misc is a location.
/// </summary>
internal sealed class RoleFinder
{
    private static readonly HashSet<string> Vessels = new(StringComparer.OrdinalIgnoreCase)
    {
        "carrier", "ship", "warship", "vessel", "destroyer", "frigate", "submarine", "cruiser", "tanker", "USS", "HMS", "INS", "flagship", "corvette",
    };

    private static readonly HashSet<string> Products = new(StringComparer.OrdinalIgnoreCase)
    {
        "missile", "missiles", "rocket", "rockets", "drone", "drones", "jet", "jets", "fighter", "tank", "tanks", "satellite", "aircraft", "warhead", "system",
    };

    /// <summary>Lower-case nouns of built places: a name right before one names the place ("the Old Mill viaduct", "Kennedy airport").</summary>
    private static readonly HashSet<string> Structures = new(StringComparer.Ordinal)
    {
        "viaduct", "bridge", "tunnel", "dam", "airport", "station", "stadium", "canal", "pier", "quay", "harbour", "harbor",
    };

    /// <summary>Last words of the names of streets and squares ("Quay Street", "Wall Street"; a person may be "Barry Lane").</summary>
    private static readonly HashSet<string> StreetEnds = new(StringComparer.Ordinal)
    {
        "Street", "Road", "Avenue", "Square", "Boulevard", "Lane", "Highway", "Drive", "Place",
    };

    private static readonly HashSet<string> OrgSuffixes = new(StringComparer.Ordinal)
    {
        "TV", "Radio", "Television", "Agency", "Broadcasting", "Network", "Ministry",
    };

    /// <summary>Last words of newspapers' and broadcasters' names, which are also surnames ("Emily Post").</summary>
    private static readonly HashSet<string> PublicationEnds = new(StringComparer.Ordinal)
    {
        "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Examiner", "Telegraph", "Chronicle", "Inquirer", "News",
    };

    /// <summary>
    /// Words after which a name is where a report comes from ("as reported by X,", "according to X."): a person or a body,
    /// never a place one does not know.
    /// </summary>
    private static readonly string[][] SourceCues =
    [
        ["reported", "by"], ["according", "to"], ["published", "by"], ["broadcast", "by"], ["wrote", "in"], ["writing", "in"],
        ["interview", "with"], ["told"],
    ];

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "his", "her", "their" };

    private static readonly HashSet<string> NotRoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "which", "that", "said", "says", "told", "was", "is", "has", "had", "will", "would", "and", "or", "but", "in", "on", "at",
        "of", "with", "from", "for", "to", "by", "as", "after", "before", "also", "not",
    };

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly string[] _words;
    private readonly Dictionary<int, TokenMention> _byStart = [];
    private readonly Dictionary<int, TokenMention> _byEnd = [];
    private readonly Dictionary<int, TokenMention> _covering = [];
    private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _people = new(StringComparer.Ordinal);

    public RoleFinder(string text, IReadOnlyList<Token> tokens, string[] words, IEnumerable<TokenMention> mentions)
    {
        _text = text;
        _tokens = tokens;
        _words = words;
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Location)
            {
                var name = Slice(m.Start, m.End);
                _places[name] = _places.GetValueOrDefault(name) + 1;
            }
            else if (m.Type == EntityType.Person)
            {
                var name = Slice(m.Start, m.End);
                _people[name] = _people.GetValueOrDefault(name) + 1;
                if (m.End - m.Start > 1)
                {
                    _people[W(m.End - 1)] = _people.GetValueOrDefault(W(m.End - 1)) + 1;
                }
            }
            _byStart[m.Start] = m;
            _byEnd[m.End] = m;
            for (int i = m.Start; i < m.End; i++)
            {
                _covering[i] = m;
            }
        }
    }

    private string W(int i) => _words[i];

    private TextSpan Span(int start, int end) => new(_tokens[start].Span.Start, _tokens[end - 1].Span.End);

    private string Slice(int start, int end)
    {
        var s = Span(start, end);
        return _text.Substring(s.Start, s.Length);
    }

    /// <summary>Corrects the type of a mention from its context.</summary>
    public EntityType FixType(TokenMention m, int sentenceStart, int sentenceEnd)
    {
        // "carrier" alone may be an airline ("national carrier Lufthansa"): only "aircraft carrier" names a ship.
        if (m.Start > sentenceStart && Vessels.Contains(W(m.Start - 1))
            && (W(m.Start - 1) != "carrier" || (m.Start - 1 > sentenceStart && W(m.Start - 2) is "aircraft" or "Aircraft")))
        {
            return EntityType.Misc;
        }
        if (VesselAfter(m.End, sentenceEnd))
        {
            return EntityType.Misc;
        }
        var last = W(m.End - 1);
        int dash = last.LastIndexOf('-');
        if (dash > 0 && dash < last.Length - 1 && char.IsLetter(last[0]) && last.AsSpan(dash + 1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return EntityType.Misc;
        }
        if (m.End < sentenceEnd && Products.Contains(W(m.End)) && m.Type != EntityType.Organization)
        {
            return EntityType.Misc;
        }
        if (m.End < sentenceEnd && Structures.Contains(W(m.End)) && m.Type is EntityType.Person or EntityType.Misc)
        {
            return EntityType.Location;
        }
        if (m.End - m.Start > 1 && (OrgSuffixes.Contains(last) || (m.Type != EntityType.Person && PublicationEnds.Contains(last))))
        {
            return EntityType.Organization;
        }
        // "PORTVALE, April 11 (Meridian) --", "LONDON (Reuters) -": the bracketed name between a dateline's place or date and
        // its dash is the wire service ("spongiform encephalopathy (BSE) -- mad cow disease" is no dateline).
        if (m.Start - 2 >= sentenceStart && m.Start - 2 < sentenceStart + 8 && W(m.Start - 1) == "(" && IsDatelineEnd(W(m.Start - 2))
            && m.End + 1 < sentenceEnd && W(m.End) == ")" && W(m.End + 1) is "-" or "--" or "\u2014" or "\u2013")
        {
            return EntityType.Organization;
        }
        if (m.End - m.Start > 1 && m.Type is EntityType.Organization or EntityType.Misc && StreetEnds.Contains(last))
        {
            return EntityType.Location;
        }
        var name = Slice(m.Start, m.End);
        bool knownPlace = Places.Known.Contains(name);
        if (m.Type is EntityType.Person or EntityType.Misc && knownPlace)
        {
            return EntityType.Location;
        }
        // "As reported by Aljazeera,", "told the Courier before the talks": a name the tagger read as a place, which the report
        // names only here, after a word of sourcing and before punctuation or a clause's next word, is a body (a known place,
        // or one the report names elsewhere, stays a place).
        if (m.Type == EntityType.Location && AfterSourceCue(m.Start, sentenceStart)
            && (m.End == sentenceEnd || !W(m.End).Any(char.IsLetterOrDigit) || ClauseWords.Contains(W(m.End)))
            && _places.GetValueOrDefault(name) == 1 && !knownPlace)
        {
            return EntityType.Organization;
        }
        // "security company Trusteer", "meat company Mountaire": a lower-case kind of body right before the name makes it an
        // organisation, unless it reads as a person's full name, the report names a person so elsewhere ("the company Trump
        // founded") or it is a known place.
        bool person = m.Type == EntityType.Person;
        if (m.Type != EntityType.Organization && (!person || m.End - m.Start == 1) && m.Start > sentenceStart && BodyKinds.Contains(W(m.Start - 1))
            && _people.GetValueOrDefault(name) == (person ? 1 : 0) && !knownPlace)
        {
            return EntityType.Organization;
        }
        // "through mediator Varanco", "said envoy Halden": a lower-case role that only a person holds, right before the
        // name, makes it a person whatever the tagger called it (a known place stays one).
        if (!person && m.Start > sentenceStart && PersonOnlyRoles.Contains(W(m.Start - 1)) && !knownPlace)
        {
            return EntityType.Person;
        }
        return m.Type;
    }

    /// <summary>
    /// Lower-case nouns for kinds of companies and bodies, written right before a body's name; not those that are also a
    /// person's trade ("insurer Thierry Dehaan", "publisher Rupert Murdoch", "broadcaster David Attenborough").
    /// </summary>
    private static readonly HashSet<string> BodyKinds = new(StringComparer.Ordinal)
    {
        "company", "firm", "bank", "retailer", "automaker", "carmaker", "chipmaker", "newspaper", "airline", "conglomerate",
        "startup", "manufacturer", "network", "group", "agency", "website",
    };

    /// <summary>A dateline's last word before its wire service: a day's number or a place in capitals.</summary>
    private static bool IsDatelineEnd(string w) =>
        w.Length > 0 && (w.All(char.IsDigit) || (w.Length > 1 && w.All(c => char.IsUpper(c) || c is '.' or '-' or ' ')));

    /// <summary>Words that may follow a source named as the object of its cue ("told the Courier before the talks that ...").</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "that", "before", "after", "on", "in", "at", "last", "this", "earlier", "during", "when", "while", "and",
    };

    private bool AfterSourceCue(int start, int sentenceStart)
    {
        if (start > sentenceStart && W(start - 1) is "the" or "The")
        {
            start--;
        }
        foreach (var cue in SourceCues)
        {
            int at = start - cue.Length;
            if (at >= sentenceStart && Enumerable.Range(0, cue.Length).All(k => string.Equals(W(at + k), cue[k], StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Nouns that name a warship and nothing else (unlike "carrier", also an airline, or "tanker", also a truck).</summary>
    private static readonly HashSet<string> Warships = new(StringComparer.Ordinal)
    {
        "warship", "destroyer", "frigate", "submarine", "cruiser", "corvette",
    };

    /// <summary>
    /// Whether the words after a name call it a warship: right after it ("the Abraham Lincoln carrier strike group", "the
    /// Abraham Lincoln aircraft carrier") or in an appositive ("Abraham Lincoln, the aircraft carrier,", "Defender, a
    /// British destroyer"), the head noun within three words of the article.
    /// </summary>
    private bool VesselAfter(int end, int sentenceEnd)
    {
        bool Warship(int i) => i < sentenceEnd && (Warships.Contains(W(i))
            || W(i) == "carrier" && (W(i - 1) == "aircraft" || i + 1 < sentenceEnd && W(i + 1) is "strike" or "group" or "battle"));
        if (Warship(end) || end + 1 < sentenceEnd && W(end) == "aircraft" && W(end + 1) == "carrier")
        {
            return true;
        }
        if (end + 1 >= sentenceEnd || W(end) != "," || W(end + 1) is not ("the" or "a" or "an"))
        {
            return false;
        }
        for (int i = end + 2; i < Math.Min(sentenceEnd, end + 5); i++)
        {
            if (Warship(i))
            {
                // "the carrier's captain", "a submarine commander": the noun is part of a person's role.
                return i + 1 >= sentenceEnd || W(i + 1) is not ("'s" or "'") && !RoleLexicon.Heads.Contains(W(i + 1));
            }
            if (W(i) is "," or "." or ";" or "of" or "who" or "which")
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Role nouns that, written in lower case right before a name, are only ever followed by a person's name (unlike
    /// "member Turkey", "owner Chelsea", "champions Germany").
    /// </summary>
    private static readonly HashSet<string> PersonOnlyRoles = new(StringComparer.Ordinal)
    {
        "mediator", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "negotiator", "analyst", "diplomat",
        "senator", "congressman", "congresswoman", "lawmaker", "economist", "professor", "researcher", "commissioner",
    };

    private static bool IsRoleWord(string w) => RoleLexicon.Heads.Contains(w) || RoleLexicon.Modifiers.Contains(w);

    private static bool IsPossessive(string w) => w is "'s" or "'";

    /// <summary>Makes the final mention for a person: the name span without honorifics or titles, with its role.</summary>
    public Mention Person(TokenMention m, int sentenceStart, int sentenceEnd)
    {
        int s = m.Start, e = m.End;
        while (s < e - 1 && !RoleLexicon.FirstNames.Contains(W(s))
            && (RoleLexicon.Honorifics.ContainsKey(W(s)) || RoleLexicon.Heads.Contains(W(s)) || RoleLexicon.Modifiers.Contains(W(s))))
        {
            s++;
        }
        // Honorifics right before the name.
        int h = s;
        while (h > sentenceStart && RoleLexicon.Honorifics.ContainsKey(W(h - 1)))
        {
            h--;
        }
        TextSpan? honorific = h < s ? Span(h, s) : null;
        string? rank = h < s ? RoleLexicon.Honorifics[W(s - 1)] : null;
        var mention = new Mention(Span(s, e), EntityType.Person) { Honorific = honorific };

        var before = RoleBefore(h, sentenceStart);
        if (before is { } b)
        {
            return mention with { Role = b.Role, RoleSpan = b.Span, RoleOf = b.Of };
        }
        var after = RoleAfter(e, sentenceEnd);
        if (after is { } a)
        {
            return mention with { Role = a.Role, RoleSpan = a.Span, RoleOf = a.Of };
        }
        return rank is null ? mention : mention with { Role = rank, RoleSpan = honorific };
    }

    private (string Role, TextSpan Span, string? Of)? RoleBefore(int nameStart, int sentenceStart)
    {
        int end = nameStart;
        string? ofAfter = null;
        if (end - 1 > sentenceStart && W(end - 1) == ",")
        {
            if (RoleLexicon.Heads.Contains(W(end - 2)))
            {
                // "Lestria's Foreign Minister, Khalil Alrawahi"
                end--;
            }
            else if (_byEnd.TryGetValue(end - 1, out var org) && org.Type != EntityType.Person)
            {
                // "the head of the International Atomic Energy Agency, Rafael Grossi"
                int k = org.Start;
                if (k - 1 > sentenceStart && Determiners.Contains(W(k - 1)))
                {
                    k--;
                }
                if (k - 2 >= sentenceStart && W(k - 1) is "of" or "for" && RoleLexicon.Heads.Contains(W(k - 2)))
                {
                    end = k - 1;
                    ofAfter = Slice(org.Start, org.End);
                }
            }
        }
        int start = end;
        while (start > sentenceStart && (IsRoleWord(W(start - 1)) || (RoleLexicon.Links.Contains(W(start - 1)) && start < end)))
        {
            start--;
        }
        // Role words that belong to a name are the owner, not the role: "[White House] press secretary". A bare head
        // after a name that ends in its portfolio keeps the portfolio: "[Portvale Police] Commissioner" is the police
        // commissioner (of Portvale Police), as "Police Commissioner" is elsewhere.
        string? portfolio = null;
        for (int i = end - 1; i >= start; i--)
        {
            if (_covering.TryGetValue(i, out var inside) && inside.Type != EntityType.Person)
            {
                start = inside.End;
                if (end - start == 1 && inside.End - inside.Start >= 2 && RoleLexicon.Portfolios.Contains(W(start - 1)))
                {
                    portfolio = W(start - 1).ToLowerInvariant();
                }
                break;
            }
        }
        while (start < end && (RoleLexicon.Links.Contains(W(start)) || Determiners.Contains(W(start))))
        {
            start++;
        }
        if (!HasHead(start, end))
        {
            return null;
        }
        string role = portfolio is null ? RoleText(start, end) : $"{portfolio} {RoleText(start, end)}";
        if (ofAfter is not null)
        {
            return (role, Span(start, end), RoleLexicon.Countries.TryGetValue(ofAfter, out var c0) ? c0 : ofAfter);
        }
        string? of = null;
        int left = start - 1;
        if (left > sentenceStart && IsPossessive(W(left)))
        {
            // "[U.S. president]'s special envoy" or "[Oman]'s Foreign Minister"
            int ownerEnd = left;
            int ownerStart = ownerEnd;
            if (_byEnd.TryGetValue(ownerEnd, out var owner))
            {
                ownerStart = owner.Start;
            }
            else
            {
                while (ownerStart > sentenceStart && (IsRoleWord(W(ownerStart - 1)) || RoleLexicon.Countries.ContainsKey(W(ownerStart - 1))))
                {
                    ownerStart--;
                }
            }
            if (ownerStart < ownerEnd)
            {
                of = ownerEnd - ownerStart == 1 && RoleLexicon.Countries.TryGetValue(W(ownerStart), out var c) ? c : Slice(ownerStart, ownerEnd);
            }
        }
        else if (left >= sentenceStart)
        {
            of = Owner(left + 1, sentenceStart);
        }
        return (role, Span(portfolio is null ? start : start - 1, end), of);
    }

    /// <summary>The country or organisation written just before token <paramref name="end"/> (a demonym, a country, an ORG or LOC mention).</summary>
    private string? Owner(int end, int sentenceStart)
    {
        if (end - 1 < sentenceStart)
        {
            return null;
        }
        if (_byEnd.TryGetValue(end, out var m) && m.Type != EntityType.Person)
        {
            var name = Slice(m.Start, m.End);
            return RoleLexicon.Countries.TryGetValue(name, out var country) ? country : name;
        }
        return RoleLexicon.Countries.TryGetValue(W(end - 1), out var c) ? c : null;
    }

    private bool HasHead(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (RoleLexicon.Heads.Contains(W(i)))
            {
                return true;
            }
        }
        return false;
    }

    private string RoleText(int start, int end)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = start; i < end; i++)
        {
            if (sb.Length > 0 && !IsPossessive(W(i)))
            {
                sb.Append(' ');
            }
            sb.Append(W(i).ToLowerInvariant());
        }
        return sb.ToString();
    }

    private (string Role, TextSpan Span, string? Of)? RoleAfter(int nameEnd, int sentenceEnd)
    {
        if (nameEnd >= sentenceEnd)
        {
            return null;
        }
        bool paren = W(nameEnd) == "(";
        if (W(nameEnd) != "," && !paren)
        {
            return null;
        }
        int k = nameEnd + 1;
        while (k < sentenceEnd && Determiners.Contains(W(k)))
        {
            k++;
        }
        string? of = null;
        // "the Omani foreign minister", "an Iranian lawmaker"
        if (k < sentenceEnd && _byStart.TryGetValue(k, out var lead) && lead.Type != EntityType.Person && lead.End < sentenceEnd && !IsPossessive(W(lead.End)))
        {
            var name = Slice(lead.Start, lead.End);
            of = RoleLexicon.Countries.TryGetValue(name, out var c) ? c : name;
            k = lead.End;
        }
        else if (k < sentenceEnd && RoleLexicon.Countries.TryGetValue(W(k), out var c2))
        {
            of = c2;
            k++;
        }
        int start = k, lastHead = -1;
        for (int i = k; i < sentenceEnd && i < k + 6; i++)
        {
            var w = W(i);
            if (RoleLexicon.Heads.Contains(w))
            {
                lastHead = i;
                continue;
            }
            bool lowerWord = w.Length > 1 && char.IsLower(w[0]) && w.All(ch => char.IsLetter(ch) || ch == '-');
            if (RoleLexicon.Modifiers.Contains(w) || (lowerWord && !NotRoleWords.Contains(w)))
            {
                continue;
            }
            break;
        }
        if (lastHead < 0)
        {
            return null;
        }
        int end = lastHead + 1;
        // The role phrase must end where the apposition or the bracket does, or go on with "at/of/with ...":
        // "(President Donald Trump's son-in-law)" is not the role "president".
        var follow = end < sentenceEnd ? W(end) : ".";
        bool closes = paren
            ? follow is ")" or "of" or "for"
            : follow is "," or "." or ";" or ":" or "--" or "at" or "of" or "with" or "for" or "from" or "in" or "and" or "who" or "said" or "told" or "\"";
        if (!closes)
        {
            return null;
        }
        if (end < sentenceEnd && RoleLexicon.Links.Contains(W(end)) && W(end) != "and" && paren)
        {
            // "(Commander of U.S. Central Command)"
            int close = end + 1;
            while (close < sentenceEnd && W(close) != ")")
            {
                close++;
            }
            if (close < sentenceEnd && close > end + 1)
            {
                var inner = Slice(end + 1, close);
                of = RoleLexicon.Countries.TryGetValue(inner, out var c) ? c : inner;
            }
        }
        else if (!paren)
        {
            // "dean of law at Norland's Harbour University", "professor of politics at North Western University"
            for (int i = end; i < sentenceEnd && i < end + 10; i++)
            {
                var w = W(i);
                if (w is "," or "." or ";" or ")" or "\"")
                {
                    break;
                }
                if (w is "at" or "with" or "of" or "for")
                {
                    int j = i + 1;
                    while (j < sentenceEnd && Determiners.Contains(W(j)))
                    {
                        j++;
                    }
                    if (_byStart.TryGetValue(j, out var org) && org.Type != EntityType.Person)
                    {
                        if (org.End + 1 < sentenceEnd && IsPossessive(W(org.End)) && _byStart.TryGetValue(org.End + 1, out var inner) && inner.Type != EntityType.Person)
                        {
                            org = inner;
                        }
                        var name = Slice(org.Start, org.End);
                        of = RoleLexicon.Countries.TryGetValue(name, out var c) ? c : name;
                        break;
                    }
                }
            }
        }
        return (RoleText(start, end), Span(start, end), of);
    }
}
