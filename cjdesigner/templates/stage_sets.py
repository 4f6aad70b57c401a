"""The stage sets consultants use (see DOMAIN.md), written out in every map language.

Pure data: the builder in :mod:`cjdesigner.templates.catalog` only reads it. Stage names follow
the articles the product was born from; descriptions and goals are short prompts a consultant
keeps or rewrites. Romanian uses ș/ț with a comma below (U+0219/U+021B), never the cedilla.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Light tints of the Okabe-Ito colours (without vermillion, which means "negative"):
#: near-black text reads on all of them at more than 14:1, and they stay light in greyscale print.
STAGE_TINTS: tuple[str, ...] = (
    "#DCEEF9",  # sky blue
    "#D6EFE6",  # bluish green
    "#FAF5D0",  # yellow
    "#FCE8CC",  # orange
    "#F3E0EC",  # reddish purple
    "#D9E6F2",  # blue
)


@dataclass(frozen=True)
class StageText:
    """One stage in one language: its name, what happens in it, and what the business wants."""

    name: str
    description: str
    goal: str


#: Stage set key → language → the stages in journey order.
STAGE_SETS: dict[str, dict[str, tuple[StageText, ...]]] = {
    "5a": {
        "en": (
            StageText(
                "Awareness",
                "The customer first hears of the brand: through advertising, social media, "
                "search or other people.",
                "Be noticed by the right people and leave a clear first impression.",
            ),
            StageText(
                "Appeal",
                "Out of the brands they know, the customer is drawn to a few and remembers them.",
                "Stand out from competitors and make the offer memorable.",
            ),
            StageText(
                "Ask",
                "The customer looks for more: compares offers, reads reviews, asks friends or "
                "the brand itself.",
                "Answer questions quickly and convincingly wherever they are asked.",
            ),
            StageText(
                "Act",
                "The customer buys, signs up or starts using the product, and meets the service "
                "along the way.",
                "Make the purchase and the first use easy, with no friction or surprises.",
            ),
            StageText(
                "Advocate",
                "A satisfied customer comes back, buys again and recommends the brand to others.",
                "Turn satisfied customers into loyal ones who recommend the brand.",
            ),
        ),
        "pl": (
            StageText(
                "Świadomość",
                "Klient po raz pierwszy styka się z marką: przez reklamę, media społecznościowe, "
                "wyszukiwarkę lub innych ludzi.",
                "Dotrzeć do właściwych osób i zostawić wyraźne pierwsze wrażenie.",
            ),
            StageText(
                "Atrakcyjność",
                "Spośród znanych sobie marek klient wybiera kilka, które go przyciągają, "
                "i zapamiętuje je.",
                "Wyróżnić się na tle konkurencji i sprawić, by oferta zapadła w pamięć.",
            ),
            StageText(
                "Pytanie",
                "Klient szuka informacji: porównuje oferty, czyta opinie, pyta znajomych "
                "lub samą markę.",
                "Szybko i przekonująco odpowiadać na pytania tam, gdzie padają.",
            ),
            StageText(
                "Działanie",
                "Klient kupuje, zapisuje się lub zaczyna korzystać z produktu i po drodze "
                "styka się z obsługą.",
                "Ułatwić zakup i pierwsze użycie — bez tarć i niespodzianek.",
            ),
            StageText(
                "Orędownictwo",
                "Zadowolony klient wraca, kupuje ponownie i poleca markę innym.",
                "Zamienić zadowolonych klientów w lojalnych, którzy polecają markę.",
            ),
        ),
        "ro": (
            StageText(
                "Conștientizare",
                "Clientul află pentru prima dată de brand: din reclame, rețele sociale, "
                "căutări online sau de la alte persoane.",
                "Să fim observați de oamenii potriviți și să lăsăm o primă impresie clară.",
            ),
            StageText(
                "Atracție",
                "Dintre brandurile pe care le cunoaște, clientul este atras de câteva "
                "și și le amintește.",
                "Să ne diferențiem de concurență și să facem oferta ușor de reținut.",
            ),
            StageText(
                "Întrebare",
                "Clientul caută mai multe informații: compară oferte, citește recenzii, "
                "întreabă prietenii sau chiar brandul.",
                "Să răspundem rapid și convingător la întrebări, oriunde sunt puse.",
            ),
            StageText(
                "Acțiune",
                "Clientul cumpără, se înscrie sau începe să folosească produsul și intră "
                "în contact cu serviciile noastre.",
                "Să facem achiziția și prima utilizare simple, fără obstacole sau surprize.",
            ),
            StageText(
                "Susținere",
                "Clientul mulțumit revine, cumpără din nou și recomandă brandul altora.",
                "Să transformăm clienții mulțumiți în clienți fideli care ne recomandă.",
            ),
        ),
    },
    "lifecycle": {
        "en": (
            StageText(
                "Interest",
                "A need or a trigger makes the customer curious about a product category "
                "and the brand.",
                "Spark interest with relevant content at the moment the need appears.",
            ),
            StageText(
                "Consideration",
                "The customer weighs the options: prices, features, reviews and the brand's "
                "reputation.",
                "Give the customer what they need to choose us with confidence.",
            ),
            StageText(
                "Purchase",
                "The customer orders, pays and receives the product or starts the service.",
                "Make buying quick, safe and transparent; keep the delivery promise.",
            ),
            StageText(
                "Loyalty",
                "The customer uses the product, contacts support and decides whether to stay "
                "and buy again.",
                "Deliver value after the sale so that the customer stays and comes back.",
            ),
            StageText(
                "Advocacy",
                "The customer recommends the brand, writes reviews and brings in new customers.",
                "Make recommending easy and reward the customers who do it.",
            ),
        ),
        "pl": (
            StageText(
                "Zainteresowanie",
                "Potrzeba lub impuls sprawia, że klient zaczyna interesować się kategorią "
                "produktów i marką.",
                "Wzbudzić zainteresowanie trafnymi treściami w chwili, gdy pojawia się potrzeba.",
            ),
            StageText(
                "Rozważenie",
                "Klient porównuje możliwości: ceny, funkcje, opinie i reputację marki.",
                "Dać klientowi wszystko, czego potrzebuje, by pewnie wybrać naszą ofertę.",
            ),
            StageText(
                "Zakup",
                "Klient zamawia, płaci i otrzymuje produkt lub zaczyna korzystać z usługi.",
                "Sprawić, by zakup był szybki, bezpieczny i przejrzysty; dotrzymać obietnicy "
                "dostawy.",
            ),
            StageText(
                "Lojalność",
                "Klient korzysta z produktu, kontaktuje się z obsługą i decyduje, czy zostać "
                "i kupić ponownie.",
                "Dostarczać wartość po sprzedaży, żeby klient został i wracał.",
            ),
            StageText(
                "Ambasador",
                "Klient poleca markę, pisze opinie i przyprowadza nowych klientów.",
                "Ułatwić polecanie i nagradzać klientów, którzy to robią.",
            ),
        ),
        "ro": (
            StageText(
                "Interes",
                "O nevoie sau un impuls îl face pe client curios în privința unei categorii "
                "de produse și a brandului.",
                "Să stârnim interesul cu conținut relevant exact când apare nevoia.",
            ),
            StageText(
                "Evaluare",
                "Clientul cântărește opțiunile: prețuri, funcționalități, recenzii și "
                "reputația brandului.",
                "Să-i oferim clientului tot ce îi trebuie ca să ne aleagă cu încredere.",
            ),
            StageText(
                "Cumpărare",
                "Clientul comandă, plătește și primește produsul sau începe să folosească "
                "serviciul.",
                "Să facem cumpărarea rapidă, sigură și transparentă; să ne ținem de promisiunea "
                "de livrare.",
            ),
            StageText(
                "Loialitate",
                "Clientul folosește produsul, contactează asistența și decide dacă rămâne "
                "și cumpără din nou.",
                "Să oferim valoare și după vânzare, ca clientul să rămână și să revină.",
            ),
            StageText(
                "Recomandare",
                "Clientul recomandă brandul, scrie recenzii și aduce clienți noi.",
                "Să facem recomandarea ușoară și să-i răsplătim pe clienții care recomandă.",
            ),
        ),
    },
    "decision": {
        "en": (
            StageText(
                "Awareness",
                "The customer realises they have a need and notices the brand as a possible "
                "answer.",
                "Be present where customers look when the need appears.",
            ),
            StageText(
                "Interest",
                "The customer explores the offer, compares alternatives and forms an opinion.",
                "Show clearly how the offer solves the customer's problem.",
            ),
            StageText(
                "Decision",
                "The customer chooses, buys and pays — or abandons the purchase.",
                "Remove the last doubts and obstacles at the moment of choice.",
            ),
            StageText(
                "Post-purchase",
                "The customer uses the product, judges whether it met expectations and may "
                "come back.",
                "Confirm that the choice was right: onboarding, support and a reason to return.",
            ),
        ),
        "pl": (
            StageText(
                "Świadomość",
                "Klient uświadamia sobie potrzebę i zauważa markę jako możliwą odpowiedź.",
                "Być obecnym tam, gdzie klienci szukają, gdy pojawia się potrzeba.",
            ),
            StageText(
                "Zainteresowanie",
                "Klient poznaje ofertę, porównuje alternatywy i wyrabia sobie zdanie.",
                "Jasno pokazać, jak oferta rozwiązuje problem klienta.",
            ),
            StageText(
                "Decyzja",
                "Klient wybiera, kupuje i płaci — albo rezygnuje z zakupu.",
                "Usunąć ostatnie wątpliwości i przeszkody w chwili wyboru.",
            ),
            StageText(
                "Po zakupie",
                "Klient korzysta z produktu, ocenia, czy spełnił oczekiwania, i może wrócić.",
                "Potwierdzić trafność wyboru: wdrożenie, wsparcie i powód, by wrócić.",
            ),
        ),
        "ro": (
            StageText(
                "Conștientizare",
                "Clientul își dă seama că are o nevoie și observă brandul ca posibil răspuns.",
                "Să fim prezenți acolo unde caută clienții atunci când apare nevoia.",
            ),
            StageText(
                "Interes",
                "Clientul explorează oferta, compară alternativele și își formează o părere.",
                "Să arătăm clar cum rezolvă oferta problema clientului.",
            ),
            StageText(
                "Decizie",
                "Clientul alege, cumpără și plătește — sau renunță la cumpărare.",
                "Să înlăturăm ultimele îndoieli și obstacole în momentul alegerii.",
            ),
            StageText(
                "După cumpărare",
                "Clientul folosește produsul, apreciază dacă i-a îndeplinit așteptările "
                "și poate reveni.",
                "Să confirmăm că alegerea a fost bună: inițiere, asistență și un motiv "
                "de a reveni.",
            ),
        ),
    },
}
