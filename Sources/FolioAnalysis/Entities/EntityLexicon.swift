import FolioCore

/// The names the entity tagger knows. Countries come from ISO 3166-1 (see `Countries.swift`); the rest is
/// kept here: demonyms, cities and regions, well-known organizations, the words that end organization names,
/// titles that precede a person's name, and given names.
enum EntityLexicon {
    /// Adjectives and demonyms of countries: `Kazakh` → Kazakhstan.
    static let demonyms: [String: String] = [
        "Afghan": "Afghanistan", "Albanian": "Albania", "Algerian": "Algeria", "American": "United States", "Argentine": "Argentina",
        "Argentinian": "Argentina", "Armenian": "Armenia", "Australian": "Australia", "Austrian": "Austria", "Azerbaijani": "Azerbaijan",
        "Azeri": "Azerbaijan", "Bangladeshi": "Bangladesh", "Belarusian": "Belarus", "Belgian": "Belgium", "Bolivian": "Bolivia",
        "Bosnian": "Bosnia and Herzegovina", "Brazilian": "Brazil", "British": "United Kingdom", "Bulgarian": "Bulgaria",
        "Cambodian": "Cambodia", "Canadian": "Canada", "Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia",
        "Croatian": "Croatia", "Cuban": "Cuba", "Cypriot": "Cyprus", "Czech": "Czech Republic", "Danish": "Denmark",
        "Dutch": "Netherlands", "Ecuadorian": "Ecuador", "Egyptian": "Egypt", "Emirati": "United Arab Emirates",
        "Estonian": "Estonia", "Ethiopian": "Ethiopia", "Filipino": "Philippines", "Finnish": "Finland", "French": "France",
        "Georgian": "Georgia", "German": "Germany", "Ghanaian": "Ghana", "Greek": "Greece", "Hungarian": "Hungary",
        "Icelandic": "Iceland", "Indian": "India", "Indonesian": "Indonesia", "Iranian": "Iran", "Iraqi": "Iraq", "Irish": "Ireland",
        "Israeli": "Israel", "Italian": "Italy", "Japanese": "Japan", "Jordanian": "Jordan", "Kazakh": "Kazakhstan",
        "Kazakhstani": "Kazakhstan", "Kenyan": "Kenya", "Korean": "South Korea", "Kuwaiti": "Kuwait", "Kyrgyz": "Kyrgyzstan",
        "Kyrgyzstani": "Kyrgyzstan", "Latvian": "Latvia", "Lebanese": "Lebanon", "Libyan": "Libya", "Lithuanian": "Lithuania",
        "Malaysian": "Malaysia", "Mexican": "Mexico", "Moldovan": "Moldova", "Mongolian": "Mongolia", "Moroccan": "Morocco",
        "Nigerian": "Nigeria", "Norwegian": "Norway", "Pakistani": "Pakistan", "Palestinian": "Palestine", "Peruvian": "Peru",
        "Polish": "Poland", "Portuguese": "Portugal", "Qatari": "Qatar", "Romanian": "Romania", "Russian": "Russia",
        "Saudi": "Saudi Arabia", "Serbian": "Serbia", "Singaporean": "Singapore", "Slovak": "Slovakia", "Slovenian": "Slovenia",
        "Somali": "Somalia", "Spanish": "Spain", "Sudanese": "Sudan", "Swedish": "Sweden", "Swiss": "Switzerland", "Syrian": "Syria",
        "Taiwanese": "Taiwan", "Tajik": "Tajikistan", "Tajikistani": "Tajikistan", "Thai": "Thailand", "Tunisian": "Tunisia",
        "Turkish": "Turkey", "Turkmen": "Turkmenistan", "Ugandan": "Uganda", "Ukrainian": "Ukraine", "Uzbek": "Uzbekistan",
        "Uzbekistani": "Uzbekistan", "Venezuelan": "Venezuela", "Vietnamese": "Vietnam", "Yemeni": "Yemen", "Zimbabwean": "Zimbabwe",
    ]

    /// Capitals, major cities, and regions that news names as places.
    static let places: [String] = [
        "Abu Dhabi", "Accra", "Addis Ababa", "Aleppo", "Algiers", "Almaty", "Amman", "Amsterdam", "Ankara", "Antarctica", "Arctic",
        "Ashgabat", "Asia", "Astana", "Athens", "Atlanta", "Baghdad", "Baku", "Balkans", "Baltic Sea", "Bangkok", "Barcelona",
        "Bashkortostan", "Beijing", "Beirut", "Belgrade", "Berlin", "Bishkek", "Black Sea", "Bogota", "Bombay", "Boston", "Brasilia",
        "Brussels", "Bucharest", "Budapest", "Buenos Aires", "Cairo", "California", "Canberra", "Cape Town", "Caracas", "Caribbean",
        "Caspian", "Caspian Sea", "Caucasus", "Central Asia", "Ceyhan", "Chechnya", "Chicago", "Copenhagen", "Crimea", "Dakar",
        "Damascus", "Delhi", "Detroit", "Dhaka", "Doha", "Donbas", "Donetsk", "Dubai", "Dublin", "Dushanbe", "Europe", "Florida",
        "Frankfurt", "Gaza", "Geneva", "Gulf", "Hanoi", "Havana", "Helsinki", "Hong Kong", "Houston", "Islamabad", "Istanbul",
        "Jakarta", "Jerusalem", "Kabul", "Karachi", "Kashmir", "Kathmandu", "Khartoum", "Kharkiv", "Kyiv", "Kiev", "Kuala Lumpur",
        "Lagos", "Latin America", "Lima", "Lisbon", "London", "Los Angeles", "Madrid", "Manila", "Mediterranean", "Melbourne",
        "Mexico City", "Miami", "Middle East", "Milan", "Minsk", "Montreal", "Moscow", "Mumbai", "Munich", "Nagorno-Karabakh",
        "Nairobi", "Nakhchivan", "New Delhi", "New York", "North Africa", "Northern Cyprus", "Nur-Sultan", "Osaka", "Oslo", "Ottawa",
        "Pacific", "Paris", "Persian Gulf", "Prague", "Pyongyang", "Rabat", "Riga", "Rio de Janeiro", "Riyadh", "Rome", "Samarkand",
        "San Francisco", "Santiago", "Sao Paulo", "Seoul", "Shanghai", "Siberia", "Silicon Valley", "Sofia", "South Asia",
        "Southeast Asia", "St Petersburg", "St. Petersburg", "Stockholm", "Sydney", "Taipei", "Tallinn", "Tashkent", "Tatarstan",
        "Tbilisi", "Tehran", "Tel Aviv", "Texas", "Tokyo", "Toronto", "Tripoli", "Tunis", "Vancouver", "Vienna", "Vilnius", "Warsaw",
        "Washington", "Wellington", "West Bank", "Xinjiang", "Yerevan", "Zurich", "Africa", "North America", "South America",
        "Atlantic", "Atlantic Ocean", "Indian Ocean", "Pacific Ocean", "Fergana Valley", "Karakalpakstan", "Osh", "Khujand",
        "Badakhshan", "Kandahar", "Herat", "Mazar-i-Sharif", "Shymkent", "Aktau", "Atyrau", "Karaganda", "Novorossiysk",
        "Vladivostok", "Soviet Union", "USSR", "Kaliningrad", "Sevastopol", "Odesa", "Odessa", "Mariupol", "Kursk", "Belgorod", "Rostov", "Dagestan",
    ]

    /// Organizations known by name, with the short forms news uses for them.
    static let organizations: [(name: String, forms: [String])] = [
        ("North Atlantic Treaty Organization", ["NATO"]), ("European Union", ["EU"]), ("United Nations", ["UN", "U.N."]),
        ("Collective Security Treaty Organization", ["CSTO"]), ("Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"]),
        ("Eurasian Economic Union", ["EAEU", "EEU"]), ("Organization of Turkic States", ["OTS"]), ("Commonwealth of Independent States", ["CIS"]),
        ("Organization of the Petroleum Exporting Countries", ["OPEC"]), ("International Monetary Fund", ["IMF"]),
        ("World Bank", []), ("World Trade Organization", ["WTO"]), ("World Health Organization", ["WHO"]),
        ("Organization for Security and Co-operation in Europe", ["OSCE"]), ("Asian Development Bank", ["ADB"]),
        ("European Bank for Reconstruction and Development", ["EBRD"]), ("Federal Reserve", ["Fed"]), ("European Central Bank", ["ECB"]),
        ("Bank of Japan", []), ("Bank of England", []), ("Bundesbank", []), ("Kremlin", []), ("White House", []), ("Pentagon", []),
        ("Congress", []), ("Senate", []), ("Taliban", []), ("Hamas", []), ("Hezbollah", []), ("Islamic State", ["ISIS", "ISIL"]),
        ("Wagner Group", []), ("Interfax", []), ("Reuters", []), ("Associated Press", ["AP"]), ("TASS", []), ("RIA Novosti", []),
        ("Izvestia", []), ("Kommersant", []), ("BBC", []), ("CNN", []), ("Xinhua", []), ("Bloomberg", []), ("Gazprom", []),
        ("Rosneft", []), ("Rosatom", []), ("Lukoil", []), ("Kazatomprom", []), ("KazMunayGas", []), ("Orano", []), ("EDF", []),
        ("Chevron", []), ("ExxonMobil", ["Exxon"]), ("Shell", ["Royal Dutch Shell"]), ("BP", []), ("TotalEnergies", []), ("Eni", []),
        ("Apple", ["Apple Inc.", "Apple Computer"]), ("Microsoft", []), ("Google", []), ("Alphabet", []), ("Amazon", []),
        ("Meta", []), ("Facebook", []), ("IBM", []), ("Intel", []), ("Cisco", []), ("Oracle", []), ("Samsung", []), ("Sony", []),
        ("Toyota", []), ("Honda", []), ("Nissan", []), ("Volkswagen", []), ("BMW", []), ("Daimler", []), ("Ford", ["Ford Motor Company"]),
        ("General Motors", ["GM"]), ("Chrysler", []), ("Fiat", []), ("Opel", []), ("Renault", []), ("Tesla", []), ("Boeing", []),
        ("Airbus", []), ("Lockheed Martin", ["Lockheed"]), ("Northrop Grumman", []), ("Raytheon", []), ("EADS", []),
        ("Ryanair", []), ("Aer Lingus", []), ("Lufthansa", []), ("Emirates", []), ("Qantas", []), ("Wal-Mart", ["Walmart"]),
        ("Goldman Sachs", []), ("JPMorgan", ["JP Morgan"]), ("Citigroup", []), ("Bank of America", []), ("Morgan Stanley", []),
        ("Lehman Brothers", []), ("HSBC", []), ("Barclays", []), ("UBS", []), ("Deutsche Bank", []), ("Nasdaq", []),
        ("New York Stock Exchange", ["NYSE"]), ("Securities and Exchange Commission", ["SEC"]), ("Interpol", []),
    ]

    /// Last words of organization names: `Caspian Pipeline Consortium`, `CSTO Parliamentary Assembly`.
    static let organizationEnds: Set<String> = [
        "Organization", "Organisation", "Union", "Council", "Ministry", "Group", "Consortium", "Assembly", "Committee", "Commission",
        "Agency", "Party", "Company", "Corporation", "Corp", "Inc", "Ltd", "LLC", "Association", "Alliance", "Federation", "Institute",
        "University", "Fund", "Bank", "Parliament", "Department", "Authority", "Bureau", "Secretariat", "Service", "Forces", "Army",
        "Navy", "Police", "Court", "Courts", "Board", "Foundation", "Airlines", "Airways", "Motors", "Holdings", "Exchange", "Times",
        "Post", "Journal", "News", "Network", "Office", "Cabinet", "Senate", "Duma", "Congress", "Front", "Movement", "Coalition",
        "Co", "Cos", "Plc", "PLC", "AG", "SA", "NV", "GmbH", "LP", "Partners", "Industries", "Systems", "Technologies", "Securities",
        "Trust", "Investments", "Enterprises", "Petroleum", "Resources", "Electric", "Dynamics", "Foods", "Workers", "Community", "Force", "Guard", "League",
    ]

    /// Words that open organization names followed by `of`: `Ministry of Foreign Affairs`, `Bank of Japan`.
    static let organizationHeads: Set<String> = [
        "Ministry", "Organization", "Organisation", "Bank", "University", "Council", "Department", "Union", "Federation",
        "Association", "Court", "Courts", "Commonwealth", "League", "Office", "Institute", "Academy", "Committee", "Commission",
    ]

    /// Titles and roles before a name, longest first where they overlap.
    static let titles: [[String]] = [
        ["Chief", "Executive", "Officer"], ["Chief", "Operating", "Officer"], ["Chief", "Financial", "Officer"],
        ["Secretary", "General"], ["Secretary-General"], ["Prime", "Minister"], ["Foreign", "Minister"], ["Defence", "Minister"],
        ["Defense", "Minister"], ["Deputy", "Prime", "Minister"], ["Finance", "Minister"], ["Vice", "President"], ["Chief", "Executive"],
        ["Supreme", "Leader"], ["Crown", "Prince"], ["Secretary", "of", "State"], ["President"], ["Presidents"], ["Minister"],
        ["Chancellor"], ["King"], ["Queen"], ["Prince"], ["Senator"], ["Sen."], ["Governor"], ["Gov."], ["Mayor"], ["General"],
        ["Gen."], ["Chairman"], ["Chairwoman"], ["CEO"], ["Director"], ["Ambassador"], ["Spokesman"], ["Spokeswoman"], ["Judge"],
        ["Justice"], ["Mr."], ["Mrs."], ["Ms."], ["Mr"], ["Mrs"], ["Ms"], ["Dr."], ["Dr"], ["Pope"], ["Sheikh"], ["Emir"], ["Colonel"],
        ["Col."], ["Lt."], ["Captain"], ["Commander"], ["Admiral"], ["Ayatollah"], ["Rep."], ["Representative"], ["Premier"], ["Speaker"],
        ["Patriarch"], ["Archbishop"], ["Professor"], ["Prof."], ["Analyst"], ["Economist"],
    ]

    /// Given names that start a person's name without a title.
    static let givenNames: Set<String> = [
        "Abdullah", "Ahmed", "Aibek", "Alexander", "Alexei", "Alexey", "Ali", "Alisher", "Almazbek", "Andrei", "Andrey", "Angela",
        "Anthony", "Askar", "Barack", "Bill", "Boris", "Charles", "Dana", "David", "Dmitry", "Dmitri", "Donald", "Elon", "Emmanuel",
        "Emomali", "George", "Gordon", "Hillary", "Igor", "Ilham", "Imangali", "Ivan", "James", "Jim", "Joe", "John",
        "Joseph", "Kamala", "Kassym-Jomart", "Kemal", "Lee", "Mark", "Mary", "Michael", "Mikhail", "Mustafa", "Nicolas", "Nikol",
        "Noel", "Nursultan", "Olaf", "Paul", "Recep", "Robert", "Rishi", "Sadyr", "Scott", "Sergei", "Sergey", "Shavkat", "Steve",
        "Steven", "Stephen", "Theresa", "Thomas", "Tim", "Tony", "Viktor", "Vladimir", "Volodymyr", "Xi", "Yuri",
        "Alan", "Bernard", "Carlos", "Daniel", "Edward", "Frank", "Henry", "Jack", "Jean", "Juan", "Kevin", "Louis", "Martin",
        "Peter", "Richard", "Sandy", "William", "Jusman", "Rick", "Sam", "Sarah", "Susan", "Elizabeth", "Catherine", "Anna", "Maria",
    ]

    /// Capitalized words that open sentences and headings but never a name.
    static let sentenceWords: Set<String> = [
        "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "By", "For", "With", "Without", "From",
        "Despite", "However", "Overnight", "Meanwhile", "While", "But", "And", "Or", "After", "Before", "Since", "As", "If", "When",
        "Following", "Responding", "Although", "Indeed", "Now", "Then", "There", "Here", "What", "How", "Why", "Who", "One", "Two",
        "Last", "Next", "Of", "To", "Under", "Over", "According", "During", "Amid", "Among", "Hosted", "Founded", "Beginning",
        "Yet", "Still", "Also", "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "Some", "Many", "Most", "All", "Both",
        "Each", "Such", "Other", "Another", "Several", "Not", "No", "Viewing", "Adding", "Signs", "Shifting",
    ]
}
