namespace Parallax.Entities;

/// <summary>
/// World knowledge the CoNLL training data (1996 news) lacks: national capitals and a few large cities. A name on this
/// list that the tagger calls a person or Misc ("the Oslo talks") is a location. Organisations are left alone:
/// CoNLL calls a city's sports club by the city's name an organisation.
/// </summary>
internal static class Places
{
    public static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "Kabul", "Tirana", "Algiers", "Andorra la Vella", "Luanda", "Buenos Aires", "Yerevan", "Canberra", "Vienna", "Baku",
        "Nassau", "Manama", "Dhaka", "Bridgetown", "Minsk", "Brussels", "Belmopan", "Porto-Novo", "Thimphu", "La Paz", "Sucre",
        "Sarajevo", "Gaborone", "Brasilia", "Brasília", "Sofia", "Ouagadougou", "Gitega", "Bujumbura", "Phnom Penh", "Yaounde",
        "Ottawa", "Praia", "Bangui", "N'Djamena", "Santiago", "Beijing", "Bogota", "Bogotá", "Moroni", "Kinshasa", "Brazzaville",
        "San Jose", "Yamoussoukro", "Abidjan", "Zagreb", "Havana", "Nicosia", "Prague", "Copenhagen", "Djibouti", "Roseau",
        "Santo Domingo", "Dili", "Quito", "Cairo", "San Salvador", "Malabo", "Asmara", "Tallinn", "Mbabane", "Addis Ababa",
        "Suva", "Helsinki", "Paris", "Libreville", "Banjul", "Tbilisi", "Berlin", "Accra", "Athens", "Guatemala City",
        "Conakry", "Bissau", "Georgetown", "Port-au-Prince", "Tegucigalpa", "Budapest", "Reykjavik", "New Delhi", "Jakarta",
        "Tehran", "Baghdad", "Dublin", "Jerusalem", "Tel Aviv", "Rome", "Kingston", "Tokyo", "Amman", "Astana", "Nairobi",
        "Tarawa", "Pristina", "Kuwait City", "Bishkek", "Vientiane", "Riga", "Beirut", "Maseru", "Monrovia", "Tripoli",
        "Vaduz", "Vilnius", "Luxembourg", "Antananarivo", "Lilongwe", "Kuala Lumpur", "Male", "Bamako", "Valletta", "Majuro",
        "Nouakchott", "Port Louis", "Mexico City", "Chisinau", "Monaco", "Ulaanbaatar", "Ulan Bator", "Podgorica", "Rabat",
        "Maputo", "Naypyidaw", "Yangon", "Windhoek", "Kathmandu", "Amsterdam", "The Hague", "Wellington", "Managua", "Niamey",
        "Abuja", "Lagos", "Pyongyang", "Skopje", "Oslo", "Muscat", "Islamabad", "Karachi", "Lahore", "Ngerulmud", "Ramallah",
        "Gaza City", "Panama City", "Port Moresby", "Asuncion", "Asunción", "Lima", "Manila", "Warsaw", "Lisbon", "Doha",
        "Bucharest", "Moscow", "Kigali", "Basseterre", "Castries", "Kingstown", "Apia", "San Marino", "Sao Tome", "Riyadh",
        "Jeddah", "Dakar", "Belgrade", "Victoria", "Freetown", "Singapore", "Bratislava", "Ljubljana", "Honiara", "Mogadishu",
        "Pretoria", "Cape Town", "Johannesburg", "Seoul", "Juba", "Madrid", "Colombo", "Khartoum", "Paramaribo", "Stockholm",
        "Bern", "Geneva", "Zurich", "Damascus", "Taipei", "Dushanbe", "Dodoma", "Dar es Salaam", "Bangkok", "Lome", "Lomé",
        "Nuku'alofa", "Port of Spain", "Tunis", "Ankara", "Istanbul", "Ashgabat", "Funafuti", "Kampala", "Kyiv", "Kiev",
        "Abu Dhabi", "Dubai", "London", "Washington", "Montevideo", "Tashkent", "Port Vila", "Caracas", "Hanoi",
        "Ho Chi Minh City", "Sanaa", "Sana'a", "Aden", "Lusaka", "Harare", "New York", "Los Angeles", "Chicago", "Shanghai",
        "Hong Kong", "Mumbai", "Kolkata", "Istanbul", "Sydney", "Toronto", "Montreal", "Frankfurt", "Munich", "Milan",
        "Barcelona", "St Petersburg", "St. Petersburg", "Mecca", "Medina", "Mashhad", "Isfahan", "Tabriz", "Shiraz", "Qom",
        "Basra", "Mosul", "Erbil", "Aleppo", "Homs", "Benghazi", "Alexandria", "Casablanca", "Marrakesh", "Kandahar", "Herat",
        "Peshawar", "Quetta", "Chennai", "Bangalore", "Hyderabad", "Osaka", "Busan", "Vladivostok", "Davos", "Brasília",
    };
}
