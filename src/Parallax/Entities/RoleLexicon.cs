namespace Parallax.Entities;

/// <summary>
/// General word lists for reading titles and roles around person names: honorifics and ranks, role nouns,
/// words that modify them, and demonyms and country aliases. None of it names a particular person.
/// </summary>
internal static class RoleLexicon
{
    /// <summary>Honorifics and ranks written before a name; kept out of the name's span. Value: the role a rank implies, or null.</summary>
    public static readonly Dictionary<string, string?> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mr."] = null, ["Mrs."] = null, ["Ms."] = null, ["Miss"] = null, ["Mr"] = null, ["Mrs"] = null, ["Ms"] = null,
        ["Dr."] = null, ["Dr"] = null, ["Prof."] = null, ["Sir"] = null, ["Dame"] = null, ["Lord"] = null, ["Lady"] = null,
        ["Rev."] = null, ["Hon."] = null, ["Sheikh"] = null, ["Shaikh"] = null, ["Sayyid"] = null, ["Sayyed"] = null,
        ["Seyed"] = null, ["Seyyed"] = null, ["Sayed"] = null, ["Ayatollah"] = null, ["Imam"] = null, ["Mullah"] = null,
        ["Rabbi"] = null,
        ["Adm."] = "admiral", ["Admiral"] = "admiral", ["Vice-Adm."] = "vice admiral", ["Rear-Adm."] = "rear admiral",
        ["Gen."] = "general", ["General"] = "general", ["Lt."] = "lieutenant", ["Lieutenant"] = "lieutenant",
        ["Col."] = "colonel", ["Colonel"] = "colonel", ["Maj."] = "major", ["Capt."] = "captain", ["Captain"] = "captain",
        ["Sgt."] = "sergeant", ["Cmdr."] = "commander", ["Brig."] = "brigadier", ["Brigadier"] = "brigadier",
        ["Gov."] = "governor", ["Sen."] = "senator", ["Rep."] = "representative", ["Pres."] = "president",
    };

    /// <summary>Nouns that name a role (the head of "foreign minister", "special envoy", "political analyst").</summary>
    public static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "secretary", "president", "vice-president", "president-elect", "envoy", "ambassador", "analyst", "commander",
        "mediator", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "leader", "governor", "senator", "lawmaker",
        "legislator", "official", "diplomat", "negotiator", "rector", "professor", "researcher", "expert", "adviser", "advisor",
        "chairman", "chairwoman", "chair", "head", "king", "queen", "prince", "princess", "emir", "sultan", "premier", "chancellor",
        "mayor", "general", "admiral", "colonel", "officer", "editor", "correspondent", "reporter", "journalist", "economist",
        "scholar", "fellow", "lecturer", "dean", "ceo", "founder", "co-founder", "executive", "manager", "representative", "deputy",
        "speaker", "judge", "prosecutor", "attorney", "lawyer", "mp", "congressman", "congresswoman", "coach", "captain", "candidate",
        "nominee", "cleric", "delegate", "aide", "strategist", "commentator", "columnist", "activist", "historian", "scientist",
        "politician", "general-secretary", "secretary-general", "chief-of-staff", "member", "inspector", "coordinator",
        "monarch", "ruler", "counselor", "counsellor", "observer", "campaigner", "author", "writer", "owner",
        "partner", "vice-chairman", "sheikh", "ayatollah", "cardinal", "bishop", "pope", "rabbi", "imam", "attaché", "consul",
        "commissioner", "superintendent", "sheriff", "constable", "magistrate", "administrator", "ombudsman", "auditor",
    };

    /// <summary>
    /// Titles written before a name that only a person bears and that open no name of a body or place ("Pope Francis",
    /// "Mr. Ridge"; not "General", "Justice" or "Ambassador": General Motors, the Justice Department, Ambassador Bridge).
    /// </summary>
    public static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "Pope", "Archbishop", "Ayatollah", "Rabbi", "Imam", "Senator", "Sen.", "Congressman", "Congresswoman", "Rep.",
        "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms",
    };

    /// <summary>Role words that are also common first names ("Dean Jones"): never stripped from the front of a name.</summary>
    public static readonly HashSet<string> FirstNames = new(StringComparer.Ordinal) { "Dean", "King", "Bishop", "Major", "Marshall", "Chance", "Rector" };

    /// <summary>Words that modify a role noun ("foreign", "special", "deputy", "of State").</summary>
    public static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign", "prime", "vice", "special", "deputy", "defense", "defence", "interior", "finance", "state", "chief", "senior",
        "former", "top", "political", "military", "security", "national", "assistant", "acting", "supreme", "executive", "managing",
        "regional", "international", "affairs", "policy", "energy", "oil", "trade", "economy", "economic", "justice", "health",
        "education", "intelligence", "presidential", "lead", "principal", "associate", "nuclear", "army", "navy", "naval", "air",
        "force", "forces", "central", "command", "joint", "staff", "general", "first", "attorney", "information", "culture",
        "labour", "labor", "agriculture", "industry", "transport", "environment", "development", "communications", "treasury",
        "homeland", "commerce", "permanent", "veteran", "leading", "independent", "mideast", "middle", "east", "white", "house",
        "press", "news", "parliamentary", "opposition", "party", "elected", "interim", "outgoing", "incoming", "retired", "crown",
        "police", "fire", "city", "county", "district", "high", "chief-constable",
    };

    /// <summary>
    /// Modifiers that name an office's portfolio and also end the names of the bodies that hold it ("Portvale Police",
    /// "Lestrian Navy"): a name ending in one, then a bare head, is that portfolio's office.
    /// </summary>
    public static readonly HashSet<string> Portfolios = new(StringComparer.OrdinalIgnoreCase)
    {
        "police", "fire", "defence", "defense", "foreign", "interior", "finance", "justice", "health", "education", "intelligence",
        "army", "navy", "energy", "trade", "treasury",
    };

    /// <summary>Function words allowed inside a role phrase ("Secretary of State", "minister for trade").</summary>
    public static readonly HashSet<string> Links = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and" };

    /// <summary>Demonyms and country aliases mapped to the country's usual English name.</summary>
    public static readonly Dictionary<string, string> Countries = BuildCountries();

    /// <summary>Other names of countries that are not adjectives ("Britain", "America", "UAE").</summary>
    private static readonly HashSet<string> CountryAliases = new(StringComparer.Ordinal)
    {
        "America", "Britain", "Great Britain", "United States of America", "Turkiye", "Türkiye",
    };

    /// <summary>The adjective forms only ("Omani", "Iranian"): CoNLL calls them Misc.</summary>
    public static readonly HashSet<string> Demonyms = Countries
        .Where(p => p.Key != p.Value && !CountryAliases.Contains(p.Key) && !p.Key.All(c => char.IsUpper(c) || c == '.'))
        .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Peoples and faiths that are no country's demonym ("Latino", "Kurdish", "Muslims"): CoNLL calls them Misc too.
    /// "Christian" is left out: it is also a first name.
    /// </summary>
    public static readonly HashSet<string> Groups = new(StringComparer.Ordinal)
    {
        "Latino", "Latinos", "Latina", "Latinas", "Hispanic", "Hispanics", "Arab", "Arabs", "Kurd", "Kurds", "Kurdish",
        "Sunni", "Sunnis", "Shiite", "Shiites", "Shia", "Shi'ite", "Shi'ites", "Muslim", "Muslims", "Moslem", "Moslems",
        "Christians", "Jewish", "Jew", "Jews", "Catholic", "Catholics", "Protestant", "Protestants", "Hindu", "Hindus",
        "Sikh", "Sikhs", "Buddhist", "Buddhists", "Islamist", "Islamists", "Evangelical", "Evangelicals", "Mormon", "Mormons",
    };

    private static Dictionary<string, string> BuildCountries()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string country, params string[] forms)
        {
            d[country] = country;
            foreach (var f in forms)
            {
                d[f] = country;
            }
        }
        Add("United States", "U.S.", "US", "USA", "U.S.A.", "America", "American", "U.S", "United States of America");
        Add("United Kingdom", "UK", "U.K.", "Britain", "British", "Great Britain");
        Add("United Arab Emirates", "UAE", "U.A.E.", "Emirati");
        Add("Oman", "Omani");
        Add("Iran", "Iranian", "Persian");
        Add("Iraq", "Iraqi");
        Add("Israel", "Israeli");
        Add("Palestine", "Palestinian");
        Add("Pakistan", "Pakistani");
        Add("Afghanistan", "Afghan");
        Add("India", "Indian");
        Add("China", "Chinese");
        Add("Russia", "Russian");
        Add("Saudi Arabia", "Saudi");
        Add("Turkey", "Turkish", "Turkiye", "Türkiye");
        Add("Egypt", "Egyptian");
        Add("Qatar", "Qatari");
        Add("Kuwait", "Kuwaiti");
        Add("Bahrain", "Bahraini");
        Add("Yemen", "Yemeni");
        Add("Jordan", "Jordanian");
        Add("Lebanon", "Lebanese");
        Add("Syria", "Syrian");
        Add("Libya", "Libyan");
        Add("Tunisia", "Tunisian");
        Add("Algeria", "Algerian");
        Add("Morocco", "Moroccan");
        Add("Sudan", "Sudanese");
        Add("Ethiopia", "Ethiopian");
        Add("Kenya", "Kenyan");
        Add("Nigeria", "Nigerian");
        Add("South Africa", "South African");
        Add("Azerbaijan", "Azerbaijani", "Azeri");
        Add("Armenia", "Armenian");
        Add("Georgia", "Georgian");
        Add("Ukraine", "Ukrainian");
        Add("Belarus", "Belarusian");
        Add("Kazakhstan", "Kazakh");
        Add("Uzbekistan", "Uzbek");
        Add("Turkmenistan", "Turkmen");
        Add("Tajikistan", "Tajik");
        Add("Kyrgyzstan", "Kyrgyz");
        Add("Mongolia", "Mongolian");
        Add("Japan", "Japanese");
        Add("South Korea", "South Korean", "Korean");
        Add("North Korea", "North Korean");
        Add("Taiwan", "Taiwanese");
        Add("Vietnam", "Vietnamese");
        Add("Thailand", "Thai");
        Add("Indonesia", "Indonesian");
        Add("Malaysia", "Malaysian");
        Add("Philippines", "Filipino", "Philippine");
        Add("Bangladesh", "Bangladeshi");
        Add("Sri Lanka", "Sri Lankan");
        Add("Nepal", "Nepali", "Nepalese");
        Add("Australia", "Australian");
        Add("New Zealand", "New Zealander");
        Add("Canada", "Canadian");
        Add("Mexico", "Mexican");
        Add("Brazil", "Brazilian");
        Add("Argentina", "Argentine", "Argentinian");
        Add("Chile", "Chilean");
        Add("Colombia", "Colombian");
        Add("Peru", "Peruvian");
        Add("Venezuela", "Venezuelan");
        Add("Cuba", "Cuban");
        Add("France", "French");
        Add("Germany", "German");
        Add("Italy", "Italian");
        Add("Spain", "Spanish");
        Add("Portugal", "Portuguese");
        Add("Netherlands", "Dutch");
        Add("Belgium", "Belgian");
        Add("Switzerland", "Swiss");
        Add("Austria", "Austrian");
        Add("Sweden", "Swedish");
        Add("Norway", "Norwegian");
        Add("Denmark", "Danish");
        Add("Finland", "Finnish");
        Add("Poland", "Polish");
        Add("Czech Republic", "Czech");
        Add("Hungary", "Hungarian");
        Add("Romania", "Romanian");
        Add("Bulgaria", "Bulgarian");
        Add("Serbia", "Serbian");
        Add("Croatia", "Croatian");
        Add("Greece", "Greek");
        Add("Ireland", "Irish");
        Add("Latvia", "Latvian");
        Add("Lithuania", "Lithuanian");
        Add("Estonia", "Estonian");
        Add("Slovakia", "Slovak", "Slovakian");
        Add("Slovenia", "Slovenian", "Slovene");
        Add("Iceland", "Icelandic");
        Add("Cyprus", "Cypriot");
        Add("Malta", "Maltese");
        Add("Albania", "Albanian");
        Add("Kosovo", "Kosovar");
        Add("Bosnia", "Bosnian");
        Add("Montenegro", "Montenegrin");
        Add("Moldova", "Moldovan");
        Add("Somalia", "Somali");
        Add("Eritrea", "Eritrean");
        Add("Uganda", "Ugandan");
        Add("Tanzania", "Tanzanian");
        Add("Rwanda", "Rwandan");
        Add("Congo", "Congolese");
        Add("Ghana", "Ghanaian");
        Add("Senegal", "Senegalese");
        Add("Mali", "Malian");
        Add("Chad", "Chadian");
        Add("Cameroon", "Cameroonian");
        Add("Zimbabwe", "Zimbabwean");
        Add("Zambia", "Zambian");
        Add("Angola", "Angolan");
        Add("Mozambique", "Mozambican");
        Add("Myanmar", "Burmese");
        Add("Cambodia", "Cambodian");
        Add("Laos", "Laotian");
        Add("Singapore", "Singaporean");
        Add("Ecuador", "Ecuadorian");
        Add("Bolivia", "Bolivian");
        Add("Paraguay", "Paraguayan");
        Add("Uruguay", "Uruguayan");
        Add("Haiti", "Haitian");
        Add("Jamaica", "Jamaican");
        Add("Panama", "Panamanian");
        Add("Guatemala", "Guatemalan");
        Add("Honduras", "Honduran");
        Add("Nicaragua", "Nicaraguan");
        Add("El Salvador", "Salvadoran");
        Add("Costa Rica", "Costa Rican");
        Add("Scotland", "Scottish");
        Add("Wales", "Welsh");
        Add("European Union", "EU", "E.U.");
        return d;
    }
}
