import FolioCore

/// Every known name and form, by its text as written, with the entity it names.
enum EntityIndex {
    static let names: [String: (name: String, kind: EntityMention.Kind)] = {
        var names: [String: (name: String, kind: EntityMention.Kind)] = [:]
        for place in EntityLexicon.places { names[place] = (place, .place) }
        for country in EntityLexicon.countries {
            for form in country.forms { names[form] = (country.name, .place) }
        }
        for organization in EntityLexicon.organizations {
            names[organization.name] = (organization.name, .org)
            for form in organization.forms { names[form] = (organization.name, .org) }
        }
        return names
    }()

    /// The most words in any known form.
    static let longestForm: Int = names.keys.map { $0.split(separator: " ").count }.max() ?? 1
}
