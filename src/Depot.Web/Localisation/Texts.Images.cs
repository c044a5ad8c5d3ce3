namespace Depot.Web.Localisation;

// Object images: the image section on the object page and the upload page.
public static partial class Texts
{
    private static Dictionary<string, (string Nl, string En)> Images() => new()
    {
        ["images.title"] = ("Afbeeldingen", "Images"),
        ["images.none"] = ("Dit object heeft nog geen afbeeldingen.", "This object has no images yet."),
        ["images.none.write"] = ("Dit object heeft nog geen afbeeldingen. Voeg hieronder een foto of scan toe.",
            "This object has no images yet. Add a photograph or scan below."),
        ["images.internalObject"] = ("Dit object is intern: de afbeeldingen zijn alleen voor medewerkers zichtbaar.",
            "This object is internal: its images are visible to staff only."),
        ["images.alt"] = ("Afbeelding {0} van {1}", "Image {0} of {1}"),
        ["images.heldBack"] = ("niet openbaar", "held back"),
        ["images.caption"] = ("Bijschrift", "Caption"),
        ["images.caption.help"] = ("Optioneel: wat de afbeelding toont, bijvoorbeeld ‘voorzijde’ of ‘detail signatuur’.",
            "Optional: what the image shows, for example ‘front’ or ‘detail of the signature’."),
        ["images.saveCaption"] = ("Bijschrift bewaren", "Save caption"),
        ["images.earlier"] = ("← Eerder", "← Earlier"),
        ["images.later"] = ("Later →", "Later →"),
        ["images.earlier.label"] = ("Afbeelding {0} een plaats naar voren", "Move image {0} one place earlier"),
        ["images.later.label"] = ("Afbeelding {0} een plaats naar achteren", "Move image {0} one place later"),
        ["images.holdBack"] = ("Niet openbaar maken", "Hold back"),
        ["images.show"] = ("Openbaar maken", "Make public"),
        ["images.remove"] = ("Verwijderen", "Remove"),
        ["images.remove.label"] = ("Afbeelding {0} verwijderen", "Remove image {0}"),
        ["images.upload"] = ("Afbeeldingen toevoegen", "Add images"),
        ["images.files"] = ("Afbeeldingen", "Images"),
        ["images.files.help"] = ("JPEG, PNG, TIFF of WebP, tot {0} per bestand. Je kan meerdere bestanden tegelijk kiezen.",
            "JPEG, PNG, TIFF or WebP, up to {0} per file. You can choose several files at once."),
        ["images.add"] = ("Opladen", "Upload"),
        ["images.partly"] = ("{0} afbeelding(en) zijn toegevoegd; de volgende niet.", "{0} image(s) were added; the next one was not."),
        ["images.publicView"] = ("Zo ziet het publiek de afbeeldingen", "How the public sees the images"),
        ["images.viewer"] = ("Afbeeldingen van het object", "Images of the object"),
    };
}
