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
        ["print.objectSheet"] = ("Objectfiche", "Object sheet"),
        ["print.sheetLink"] = ("Objectfiche afdrukken", "Print object sheet"),
        ["print.back"] = ("Terug", "Back"),
        ["print.recentMoves"] = ("Laatste verplaatsingen", "Latest moves"),
        ["print.noMoves"] = ("Nog geen verplaatsingen geregistreerd.", "No moves recorded yet."),
        ["print.from"] = ("Van", "From"),
        ["print.to"] = ("Naar", "To"),
        ["print.by"] = ("Door", "By"),
        ["print.loanAgreement"] = ("Bruikleenovereenkomst", "Loan agreement"),
        ["print.loanLink"] = ("Overeenkomst en toestandsrapport afdrukken", "Print agreement and condition report"),
        ["print.loanPrintedOn"] = ("Afgedrukt op {0}", "Printed on {0}"),
        ["print.parties"] = ("Partijen en voorwaarden", "Parties and conditions"),
        ["print.conditionReport"] = ("Toestandsrapport", "Condition report"),
        ["print.conditionIntro"] = ("Noteer per object de toestand bij vertrek en bij terugkeer; beide partijen tekenen voor akkoord.",
            "Note each object's condition at departure and on return; both parties sign to agree."),
        ["print.objectDescription"] = ("Object", "Object"),
        ["print.conditionOnRecord"] = ("Geregistreerde toestand", "Condition on record"),
        ["print.atDeparture"] = ("Toestand bij vertrek", "Condition at departure"),
        ["print.onReturn"] = ("Toestand bij terugkeer", "Condition on return"),
        ["print.signatures"] = ("Handtekeningen", "Signatures"),
        ["print.nameDateSignature"] = ("Naam, datum en handtekening:", "Name, date and signature:"),
    };
}
