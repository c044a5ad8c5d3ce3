namespace Depot.Web.Localisation;

// Packages: BagIt and E-ARK export and import, PREMIS downloads.
public static partial class Texts
{
    private static Dictionary<string, (string Nl, string En)> Packages() => new()
    {
        ["packages.title"] = ("Pakketten", "Packages"),
        ["packages.depot"] = ("Digitaal depot", "Digital depot"),
        ["packages.intro"] = ("Verpak objecten met hun bestanden in het depot en hun metadata (LIDO, Dublin Core, PREMIS) voor overdracht of langetermijnbewaring. Het pakket wordt op de achtergrond gemaakt; daarna kunt u het downloaden.",
            "Package objects with their depot files and metadata (LIDO, Dublin Core, PREMIS) for transfer or long-term preservation. The package is made in the background; then you can download it."),
        ["packages.format"] = ("Soort pakket", "Kind of package"),
        ["packages.format.BagIt"] = ("BagIt", "BagIt"),
        ["packages.format.BagIt.hint"] = ("Een bag (RFC 8493) met per object een LIDO-record, de bestanden en per bestand een PREMIS-logboek; controlegetallen SHA-256 en MD5.",
            "A bag (RFC 8493) with a LIDO record per object, the files and a PREMIS log per file; SHA-256 and MD5 checksums."),
        ["packages.format.EarkSip"] = ("E-ARK SIP (meemoo)", "E-ARK SIP (meemoo)"),
        ["packages.format.EarkSip.hint"] = ("Een E-ARK-aanbiedingspakket (CSIP-METS met Dublin Core en PREMIS) in een bag, zoals meemoo het aanneemt.",
            "An E-ARK submission package (CSIP METS with Dublin Core and PREMIS) inside a bag, as meemoo takes it in."),
        ["packages.submit"] = ("Pakket maken", "Make the package"),
        ["packages.error.scope"] = ("Die werkset bestaat niet (meer). Kies andere objecten.", "That werkset does not exist (any more). Choose other objects."),
        ["packages.error.empty"] = ("Er zijn geen objecten om te verpakken. Kies andere objecten.", "There are no objects to package. Choose other objects."),
        ["packages.job.export"] = ("Pakket maken", "Making a package"),
        ["packages.job.import"] = ("Pakket importeren", "Importing a package"),
        ["packages.job.progress"] = ("Voortgang", "Progress"),
        ["packages.job.count"] = ("{0} van {1}", "{0} of {1}"),
        ["packages.job.exported"] = ("Klaar: {0} objecten met {1} bestanden.", "Done: {0} objects with {1} files."),
        ["packages.job.download"] = ("{0} downloaden", "Download {0}"),
        ["packages.job.imported"] = ("Klaar: {0} bestanden opgenomen, {1} waren er al.", "Done: {0} files ingested, {1} were already there."),
        ["packages.job.refused"] = ("Het pakket is geweigerd; er is niets opgenomen. Waarom:", "The package was refused; nothing was ingested. Why:"),
        ["packages.job.fileRefused"] = ("Deze bestanden zijn niet opgenomen:", "These files were not ingested:"),
        ["packages.fromExport"] = ("Met de bestanden in het depot verpakken (BagIt, E-ARK SIP voor meemoo)", "Package with the depot files (BagIt, E-ARK SIP for meemoo)"),
        ["packages.import.link"] = ("Een BagIt-pakket importeren", "Import a BagIt package"),
        ["packages.import.title"] = ("Pakket importeren", "Import a package"),
        ["packages.import.intro"] = ("Laad een BagIt-bag op als zip-bestand. Het wordt eerst volledig gecontroleerd (controlegetallen, onveilige paden, zip-bommen); alleen een geldige bag wordt in het depot opgenomen.",
            "Upload a BagIt bag as a zip file. It is checked completely first (checksums, unsafe paths, zip bombs); only a valid bag is taken into the depot."),
        ["packages.import.file"] = ("Zip-bestand met de bag", "Zip file with the bag"),
        ["packages.import.submit"] = ("Importeren", "Import"),
        ["packages.import.error.file"] = ("Kies een zip-bestand met een bag.", "Choose a zip file holding a bag."),
    };
}
