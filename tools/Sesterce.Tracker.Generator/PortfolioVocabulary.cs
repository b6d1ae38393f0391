using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Generator;

/// <summary>The words the generator builds names, titles and quotes from. Invented, not real projects.</summary>
internal static class PortfolioVocabulary
{
    public sealed record Place(string Commune, string Region, string Country, string? BusinessPark, string Language);

    public static readonly Place[] Places =
    [
        new("Alixan", "Auvergne-Rhône-Alpes", "France", "Rovaltain", "fr"),
        new("Fos-sur-Mer", "Provence-Alpes-Côte d'Azur", "France", "Zone industrialo-portuaire", "fr"),
        new("Marseille", "Provence-Alpes-Côte d'Azur", "France", null, "fr"),
        new("Villebon-sur-Yvette", "Île-de-France", "France", "Courtabœuf", "fr"),
        new("Lisses", "Île-de-France", "France", null, "fr"),
        new("Dunkerque", "Hauts-de-France", "France", "Grand Port Maritime", "fr"),
        new("Cambrai", "Hauts-de-France", "France", "E-Valley", "fr"),
        new("Grenoble", "Auvergne-Rhône-Alpes", "France", "Presqu'île", "fr"),
        new("Lyon", "Auvergne-Rhône-Alpes", "France", "Vaise", "fr"),
        new("Bordeaux", "Nouvelle-Aquitaine", "France", "Bordeaux Technowest", "fr"),
        new("Toulouse", "Occitanie", "France", "Montaudran", "fr"),
        new("Nantes", "Pays de la Loire", "France", null, "fr"),
        new("Strasbourg", "Grand Est", "France", "Port du Rhin", "fr"),
        new("Metz", "Grand Est", "France", null, "fr"),
        new("Rennes", "Bretagne", "France", "Atalante", "fr"),
        new("Dijon", "Bourgogne-Franche-Comté", "France", null, "fr"),
        new("Clermont-Ferrand", "Auvergne-Rhône-Alpes", "France", null, "fr"),
        new("Le Havre", "Normandie", "France", "Port 2000", "fr"),
        new("Frankfurt am Main", "Hessen", "Germany", "Hanauer Landstraße", "de"),
        new("Berlin", "Berlin", "Germany", null, "de"),
        new("München", "Bayern", "Germany", null, "de"),
        new("Hamburg", "Hamburg", "Germany", null, "de"),
        new("Leipzig", "Sachsen", "Germany", null, "de"),
        new("Amsterdam", "Noord-Holland", "Netherlands", "Science Park", "nl"),
        new("Eemshaven", "Groningen", "Netherlands", null, "nl"),
        new("Middenmeer", "Noord-Holland", "Netherlands", "Agriport", "nl"),
        new("Madrid", "Comunidad de Madrid", "Spain", null, "es"),
        new("Barcelona", "Cataluña", "Spain", null, "es"),
        new("Zaragoza", "Aragón", "Spain", "PLAZA", "es"),
        new("Milano", "Lombardia", "Italy", null, "it"),
        new("Torino", "Piemonte", "Italy", null, "it"),
        new("Lisboa", "Lisboa", "Portugal", null, "pt"),
        new("Sines", "Alentejo", "Portugal", "ZILS", "pt"),
        new("Dublin", "Leinster", "Ireland", null, "en"),
        new("Stockholm", "Stockholm", "Sweden", null, "sv"),
        new("Luleå", "Norrbotten", "Sweden", null, "sv"),
        new("Oslo", "Oslo", "Norway", null, "no"),
        new("Helsinki", "Uusimaa", "Finland", null, "fi"),
        new("Warszawa", "Mazowieckie", "Poland", null, "pl"),
        new("Bruxelles", "Bruxelles-Capitale", "Belgium", null, "fr"),
    ];

    public static readonly string[] Operators =
    [
        "Sesterce", "Helio Compute", "Nordlys Data", "Atlas Grid", "Rhône Cloud", "Meridian Infra", "Calypso DC",
        "Aurora Compute", "Granite Hosting", "Blue Lantern", "Vauban Data", "Iris Hyperscale", "Pyrène Numérique",
    ];

    public static readonly string[] CampusKinds = ["AI Campus", "Data Park", "Compute Campus", "Digital Hub", "Hyperscale Campus"];

    public static readonly string[] Purposes = ["AI training", "AI inference", "Cloud", "Colocation", "HPC", "Sovereign cloud"];

    public static readonly string[] FirstNames = ["Claire", "Julien", "Sophie", "Marc", "Anna", "Lukas", "Marta", "Pieter", "Elena", "Tomás", "Ingrid", "Paolo", "Nadia", "Henrik"];

    public static readonly string[] LastNames = ["Martin", "Bernard", "Dubois", "Schmidt", "de Vries", "García", "Rossi", "Nowak", "Lindqvist", "Moreau", "Fontaine", "Keller"];

    public static readonly string[] PersonRoles = ["Project director", "Chief executive", "Mayor", "Head of development", "Site manager"];

    public static readonly string[] Publishers =
    [
        "Le Dauphiné Libéré", "Les Echos", "La Tribune", "L'Usine Nouvelle", "Le Monde Informatique", "DCD", "Handelsblatt",
        "Expansión", "Il Sole 24 Ore", "Company press office", "Prefecture", "Regional council", "Grid operator",
    ];

    public static readonly string[] SourceKinds = ["Press release", "Article", "Interview", "Prefectoral order", "Public inquiry report", "Investor presentation"];

    public static readonly string[] Editors = ["c.martin@portfolio.test", "j.dubois@portfolio.test", "a.schmidt@portfolio.test", "m.rossi@portfolio.test"];

    /// <summary>Milestone templates: title, kind, and the share of the phase's span at which it usually falls.</summary>
    public static readonly (string Title, MilestoneKind Kind, double At)[] MilestoneTemplates =
    [
        ("Project announced", MilestoneKind.Announcement, 0.0),
        ("Land purchase signed", MilestoneKind.Financing, 0.05),
        ("Grid connection request filed", MilestoneKind.Regulatory, 0.08),
        ("Environmental permit filed", MilestoneKind.Regulatory, 0.1),
        ("Public inquiry opened", MilestoneKind.Regulatory, 0.15),
        ("Building permit granted", MilestoneKind.Regulatory, 0.2),
        ("Financing closed", MilestoneKind.Financing, 0.25),
        ("Groundbreaking", MilestoneKind.Construction, 0.3),
        ("Substation works start", MilestoneKind.Construction, 0.35),
        ("Structural works complete", MilestoneKind.Construction, 0.5),
        ("Grid connection energised", MilestoneKind.Commissioning, 0.65),
        ("Cooling plant commissioned", MilestoneKind.Commissioning, 0.75),
        ("First racks installed", MilestoneKind.Commissioning, 0.85),
        ("Ready for service", MilestoneKind.Operation, 0.95),
        ("Full capacity in operation", MilestoneKind.Operation, 1.0),
        ("Customer contract signed", MilestoneKind.Other, 0.6),
        ("Heat recovery network connected", MilestoneKind.Other, 0.9),
    ];

    public static readonly string[] SlipReasons =
    [
        "Grid connection slot moved by the operator", "Permit appeal", "Supply of transformers delayed", "Financing round extended",
        "Design change for liquid cooling", "Public inquiry extended", "Contractor change", "Works ahead of schedule", "Phasing revised with the customer",
    ];

    /// <summary>The figures of every generated campus: key, name, unit, and the value per MW of final capacity (power itself is 1).</summary>
    public static readonly (string Key, string Name, string Unit, decimal PerMw, int Decimals)[] Figures =
    [
        ("investment", "Investment", "EUR", 12_000_000m, -6),
        ("power", "Power capacity", "MW", 1m, 0),
        ("jobs", "Jobs", "jobs", 1.5m, 0),
        ("it-load", "IT load", "MW", 0.8m, 0),
        ("gpus", "GPU count", "GPUs", 120m, -2),
        ("floor-area", "Floor area", "m²", 400m, -2),
        ("land", "Land area", "ha", 0.15m, 1),
        ("grid-connection", "Grid connection", "MW", 1.2m, 0),
        ("water", "Water use", "m³/year", 900m, -3),
        ("construction-jobs", "Construction jobs", "jobs", 6m, 0),
    ];
}
