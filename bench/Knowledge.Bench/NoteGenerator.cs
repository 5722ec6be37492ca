using System.Text;

namespace Knowledge.Bench;

/// <summary>
/// Builds interview notes of about a kilobyte from Norrbotten and Västerbotten SMEs: a mix of plain background and
/// challenges, mostly Swedish with some English and masking labels. Seeded, so every run tags the same notes.
/// </summary>
internal static class NoteGenerator
{
    private static readonly string[] Places = ["Luleå", "Piteå", "Skellefteå", "Umeå", "Kiruna", "Gällivare", "Boden", "Haparanda", "Lycksele", "Arvidsjaur"];
    private static readonly string[] Buyers = ["LKAB", "Stegra", "Northvolt", "Boliden", "SSAB", "Hybrit", "Talga", "Trafikverket", "regionen", "kommunen"];
    private static readonly string[] Trades = ["svetsare", "elektriker", "montörer", "lastbilschaufförer", "ingenjörer", "kockar", "snickare", "maskinförare", "CNC-operatörer", "projektledare"];
    private static readonly string[] Masks = ["[personnummer]", "[e-post]", "[telefon]", "[namn]", "[adress]"];

    private static readonly string[] Background =
    [
        "Vi träffade vd och ekonomiansvarig på kontoret i {place} och började med företagets historia.",
        "Företaget grundades {year} och har i dag {n} anställda inom bygg, service och installation.",
        "De levererar till {buyer} men också till privatpersoner och bostadsrättsföreningar i {place}.",
        "Omsättningen var ca {n} mkr förra året, bl.a. tack vare ett stort uppdrag åt {buyer}.",
        "Kontaktperson är {mask}, nås på {mask}. Intervjun genomfördes kl. 10 på plats.",
        "Verkstaden byggdes ut {year} och har nu en ny robotcell och en större lackbox.",
        "The owner showed us the new workshop and explained how they plan maintenance for {buyer}.",
        "Hotellet har {n} rum och gästerna kommer mest från Tyskland och Nederländerna under vintern.",
        "They run their own trucks and mostly drive within Norrbotten and over to Narvik.",
        "Vi pratade om hur de jobbar med kvalitet och säkerhet ute på arbetsplatserna.",
    ];

    private static readonly string[] Challenges =
    [
        "Det är svårt att hitta {trade}, de som finns går till {buyer} som betalar mer.",
        "Kompetensförsörjningen är den största utmaningen och rekryteringsbehovet växer inför {year}.",
        "Banken lånar inte ut till nya maskiner eftersom de saknar säkerheter.",
        "Finansieringen är inget problem, de har en stark kassa och inga lån.",
        "De vet inte när {buyer} ska köpa, tidplanen har ändrats flera gånger.",
        "Ägaren går i pension om några år och det finns ingen som tar över.",
        "Kunderna kräver klimatredovisning och certifiering enligt ISO 14001 inom ett år.",
        "Upphandlingarna är för stora och {buyer} köper bara via ramavtal med stora entreprenörer.",
        "Bostadsbristen i {place} gör att nyanställda tackar nej, och elnätskapaciteten räcker inte.",
        "Vi vill inte växa, vi är nöjda med storleken och orkar inte ta fler uppdrag.",
        "We struggle to recruit {trade}, and there is no housing for the people we hire.",
        "Bank lending is not a concern, but the grid operator cannot promise more power until {year}.",
        "Det är inte svårt att hitta personal här, folk söker sig gärna till oss.",
        "Järnvägen är fullbelagd så allt går med lastbil, och vägarna är i dåligt skick.",
    ];

    public static IReadOnlyList<string> Generate(int count, int seed, int targetLength = 1_000)
    {
        var random = new Random(seed);
        var notes = new List<string>(count);
        var note = new StringBuilder(targetLength + 200);
        for (var i = 0; i < count; i++)
        {
            note.Clear();
            while (note.Length < targetLength)
            {
                var pool = random.NextDouble() < 0.55 ? Challenges : Background;
                if (note.Length > 0)
                {
                    note.Append(random.NextDouble() < 0.2 ? "\n" : " ");
                }
                note.Append(Fill(pool[random.Next(pool.Length)], random));
            }
            notes.Add(note.ToString());
        }
        return notes;
    }

    private static string Fill(string template, Random random) => template
        .Replace("{place}", Pick(Places, random), StringComparison.Ordinal)
        .Replace("{buyer}", Pick(Buyers, random), StringComparison.Ordinal)
        .Replace("{trade}", Pick(Trades, random), StringComparison.Ordinal)
        .Replace("{mask}", Pick(Masks, random), StringComparison.Ordinal)
        .Replace("{year}", random.Next(1950, 2031).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{n}", random.Next(3, 400).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];
}
