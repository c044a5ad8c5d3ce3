namespace Depot.Web.Localisation;

// The registrar's workplace, finishing touches: deleting procedures, the location shown on the
// form, backdated moves and the printable views.
public static partial class Texts
{
    private static Dictionary<string, (string Nl, string En)> Workplace() => new()
    {
        ["procedures.delete"] = ("Verwijderen", "Delete"),
        ["procedures.deleteConfirm"] = ("Procedure {0} verwijderen? Een beheerder kan ze terugzetten; de geschiedenis blijft bewaard.",
            "Delete procedure {0}? An administrator can bring it back; its history is kept."),
        ["procedures.deleteYes"] = ("Ja, verwijderen", "Yes, delete"),
        ["procedures.deleted"] = ("Procedure {0} is verwijderd.", "Procedure {0} has been deleted."),
        ["procedures.cannotDelete"] = ("Deze procedure heeft haar objecten al veranderd en kan niet verwijderd worden. Annuleer of rond ze af.",
            "This procedure has already changed its objects and cannot be deleted. Cancel or finish it instead."),
        ["form.notPlaced"] = ("Nog niet geplaatst", "Not placed yet"),
        ["form.move"] = ("Verplaatsen", "Move"),
        ["form.placeAfterSaving"] = ("Bewaar het object eerst; plaats het daarna met Verplaatsen, zodat de verplaatsing in de geschiedenis staat.",
            "Save the object first, then place it with Move, so the move is in its history."),
    };
}
