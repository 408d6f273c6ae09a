package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.amicable.dispute.adapter.web.Passwords;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.domain.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The manager's forms of the back-office that open a dispute, end a grievance or a claim, and record what became
 * of a registered letter, over HTTP as a browser sends them: each records its entry as the signed-in manager;
 * each refusal keeps what was typed, says why beside the field and changes nothing; a collector or an auditor
 * sees none of them and gets 403 if he posts one anyway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackOfficeActionFormsTest {

    private static final String PASSWORD = "back office password";

    private RunningApp app;
    private OfficeRequests office;

    @BeforeAll
    void start() throws IOException {
        Path folders = Files.createTempDirectory("back-office-forms");
        app = RunningApp.start(Databases.H2, Map.of("amicable.mail.host", "",
                "amicable.mail.pickup-folder", Files.createDirectories(folders.resolve("pickup")).toString(),
                "amicable.mail.print-folder", Files.createDirectories(folders.resolve("print")).toString()));
        office = new OfficeRequests(app, PASSWORD);
        PersonAccounts accounts = app.context().getBean(PersonAccounts.class);
        accounts.add(PersonAccount.create("marie", "Marie Durand", "manager", Language.FR, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("paul", "Paul Martin", "collector", Language.EN, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("alice", "Alice Bernard", "auditor", Language.EN, Passwords.hash(PASSWORD)));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_manager_opens_a_grievance_from_the_page_then_records_the_contact_and_the_resolution_as_herself() {
        String manager = office.session("marie");
        Map<String, String> grievance = new LinkedHashMap<>(customer("BO-NEWG"));
        grievance.put("cause", "SPOILED_PRODUCT");
        grievance.put("description", "");
        grievance.put("complaintDate", LocalDate.now().toString());
        grievance.put("customer.email", "pas une adresse");

        HttpResponse<String> list = office.send(office.page("/office/disputes").header("Cookie", manager));
        HttpResponse<String> blank = office.send(office.page("/office/disputes/new/grievance").header("Cookie", manager));
        HttpResponse<String> refused = office.send(office.form("/office/disputes/new/grievance", manager, grievance));

        assertThat(list.body()).contains("href=\"/office/disputes/new/grievance\"", "href=\"/office/disputes/new/claim\"");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("id=\"grievance-form\"", "Nouvelle réclamation", "produit avarié");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"grievance-description-error\"", "Obligatoire.",
                "value=\"pas une adresse\"", "value=\"Bistrot du Port\"", "Rien n’a été modifié");
        assertThat(app.get("/disputes?customer=BO-NEWG").body()).doesNotContain("BO-NEWG");

        grievance.put("description", "Les huîtres livrées étaient avariées.");
        grievance.put("customer.email", "patron@bistrot.example");
        HttpResponse<String> opened = office.send(office.form("/office/disputes/new/grievance", manager, grievance));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(303);
        String location = opened.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/office/disputes/[0-9a-f-]+\\?done=opened");
        String id = location.replaceAll(".*/office/disputes/([^?]+)\\?.*", "$1");
        String action = "/office/disputes/" + id;
        assertThat(office.send(office.page(location).header("Cookie", manager)).body()).contains("Le litige est ouvert.",
                "Bistrot du Port", "id=\"withdrawal-form\"").doesNotContain("id=\"contact-form\"");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).contains("grievance-opened", "Marie Durand");

        assertThat(office.send(office.form(action + "/assign", manager, Map.of("manager", "marie"))).statusCode()).isEqualTo(303);
        String before = app.get("/disputes/" + id + "/timeline").body();
        HttpResponse<String> noNote = office.send(office.form(action + "/contact", manager, Map.of("on", "2026-02-30", "note", " ")));
        assertThat(noNote.statusCode()).isEqualTo(422);
        assertThat(noNote.body()).contains("id=\"contact-on-error\"", "Saisissez une date", "value=\"2026-02-30\"");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);

        HttpResponse<String> contact = office.send(office.form(action + "/contact", manager, Map.of("on", LocalDate.now().toString(),
                "note", "Appelé le client : excuses et remboursement envisagé.")));
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(303);
        assertThat(contact.headers().firstValue("Location")).hasValue(action + "?done=contact");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).contains("contact-recorded",
                "excuses et remboursement envisagé");

        assertThat(office.send(office.form(action + "/proposal", manager, Map.of("remedy", "REFUND", "amount", "80",
                "answerBy", LocalDate.now().plusDays(10).toString(), "resolveBy", LocalDate.now().plusDays(20).toString(),
                "terms", "Remboursement des huîtres."))).statusCode()).isEqualTo(303);
        assertThat(office.send(office.form(action + "/answer", manager, Map.of("accepted", "yes"))).statusCode()).isEqualTo(303);
        assertThat(office.send(office.page(action).header("Cookie", manager)).body()).contains("id=\"resolution-form\"");

        before = app.get("/disputes/" + id + "/timeline").body();
        HttpResponse<String> noWhat = office.send(office.form(action + "/resolution", manager, Map.of("deliveredOn",
                LocalDate.now().toString(), "note", "", "correctionReference", "AV-12")));
        assertThat(noWhat.statusCode()).isEqualTo(422);
        assertThat(noWhat.body()).contains("id=\"resolution-note-error\"", "value=\"AV-12\"");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);
        HttpResponse<String> resolved = office.send(office.form(action + "/resolution", manager, Map.of("deliveredOn",
                LocalDate.now().toString(), "note", "Virement de 80 EUR fait.", "correctionReference", "")));
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(303);
        assertThat(app.get("/disputes/" + id).body()).contains("\"state\":\"RESOLVED_ON_TIME\"");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).contains("grievance-resolved",
                "Virement de 80 EUR fait.");
    }

    @Test
    void a_grievance_is_referred_to_a_mediator_then_withdrawn_through_the_forms() {
        String id = openGrievance("BO-REFER");
        String action = "/office/disputes/" + id;
        String manager = office.session("marie");
        assertThat(office.send(office.form(action + "/assign", manager, Map.of("manager", "marie"))).statusCode()).isEqualTo(303);
        String before = app.get("/disputes/" + id + "/timeline").body();

        HttpResponse<String> nobody = office.send(office.form(action + "/referral", manager, Map.of("mediatorName", "")));
        HttpResponse<String> noReason = office.send(office.form(action + "/withdrawal", manager, Map.of("reason", "")));

        assertThat(nobody.statusCode()).isEqualTo(422);
        assertThat(nobody.body()).contains("id=\"referral-mediatorName-error\"", "Obligatoire.");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"withdrawal-reason-error\"");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);

        HttpResponse<String> referred = office.send(office.form(action + "/referral", manager,
                Map.of("mediatorName", "CM2C, médiateur de la consommation")));
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(303);
        assertThat(office.send(office.page(action + "?done=referral").header("Cookie", manager)).body())
                .contains("La réclamation est soumise au médiateur.")
                .doesNotContain("id=\"referral-form\"");
        HttpResponse<String> withdrawn = office.send(office.form(action + "/withdrawal", manager,
                Map.of("reason", "Le client a trouvé un arrangement avec le livreur.")));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(303);
        assertThat(app.get("/disputes/" + id).body()).contains("\"state\":\"WITHDRAWN\"");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).contains("grievance-referred-to-mediation",
                "CM2C", "grievance-withdrawn", "Marie Durand");
    }

    @Test
    void a_manager_opens_a_claim_from_the_page_and_cancels_it_after_a_refusal() {
        String manager = office.session("marie");
        Map<String, String> claim = new LinkedHashMap<>(customer("BO-NEWC"));
        claim.put("invoice.number", "F-BO-NEWC");
        claim.put("invoice.issueDate", "2026-01-05");
        claim.put("invoice.dueDate", "2026-02-04");
        claim.put("invoice.amount", "mille");
        claim.put("invoice.currency", "EUR");

        HttpResponse<String> refused = office.send(office.form("/office/disputes/new/claim", manager, claim));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"claim-amount-error\"", "Saisissez un montant", "value=\"mille\"",
                "value=\"F-BO-NEWC\"");
        assertThat(app.get("/disputes?customer=BO-NEWC").body()).doesNotContain("BO-NEWC");

        claim.put("invoice.amount", "1 450,00");
        HttpResponse<String> opened = office.send(office.form("/office/disputes/new/claim", manager, claim));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(303);
        String id = opened.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/office/disputes/([^?]+)\\?.*", "$1");
        assertThat(app.get("/disputes/" + id).body()).contains("\"number\":\"F-BO-NEWC\"", "1450.00");
        HttpResponse<String> again = office.send(office.form("/office/disputes/new/claim", manager, claim));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("id=\"claim-form-error\"", id);

        String action = "/office/disputes/" + id;
        String before = app.get("/disputes/" + id + "/timeline").body();
        HttpResponse<String> noReason = office.send(office.form(action + "/cancellation", manager, Map.of("reason", "")));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"cancellation-reason-error\"");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);
        HttpResponse<String> cancelled = office.send(office.form(action + "/cancellation", manager,
                Map.of("reason", "Facture émise par erreur : la commande avait été annulée.")));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(303);
        assertThat(app.get("/disputes/" + id).body()).contains("\"state\":\"CANCELLED\"");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).contains("\"cancelled\"", "Marie Durand");
    }

    @Test
    void a_returned_letter_its_scan_and_the_corrected_address_are_recorded_through_the_forms() {
        String id = openClaim("BO-NPAI");
        escalateAndDispatch();
        String letter = app.get("/disputes/" + id + "/letters").body()
                .replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        String action = "/office/disputes/" + id;
        String manager = office.session("marie");
        String today = LocalDate.now().toString();
        assertThat(office.send(office.page(action).header("Cookie", manager)).body()).contains("id=\"letter-return-form\"",
                "value=\"" + letter + "\"").doesNotContain("id=\"scan-form\"");
        String before = app.get("/disputes/" + id + "/timeline").body();

        HttpResponse<String> unclaimed = office.send(office.form(action + "/letter-return", manager, Map.of("letter", letter,
                "reason", "UNCLAIMED", "firstPresentedOn", "", "returnedOn", today)));
        HttpResponse<String> wrongCountry = office.send(office.form(action + "/contact-details", manager, Map.of(
                "address.lines", "8 avenue Foch", "address.postalCode", "69006", "address.city", "Lyon",
                "address.country", "France", "customer.email", "", "customer.phone", "")));

        assertThat(unclaimed.statusCode()).isEqualTo(422);
        assertThat(unclaimed.body()).contains("id=\"letter-return-firstPresentedOn-error\"", "Obligatoire.");
        assertThat(wrongCountry.statusCode()).isEqualTo(422);
        assertThat(wrongCountry.body()).contains("id=\"contact-details-country-error\"", "value=\"France\"", "8 avenue Foch");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);

        HttpResponse<String> returned = office.send(office.form(action + "/letter-return", manager, Map.of("letter", letter,
                "reason", "ADDRESSEE_UNKNOWN", "returnedOn", today)));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(303);
        assertThat(office.send(office.page(action).header("Cookie", manager)).body()).contains("id=\"scan-form\"")
                .doesNotContain("id=\"letter-return-form\"");

        before = app.get("/disputes/" + id + "/timeline").body();
        HttpResponse<String> notAScan = office.send(upload(action + "/scan", manager, letter,
                "hello".getBytes(StandardCharsets.US_ASCII)));
        HttpResponse<String> noFile = office.send(upload(action + "/scan", manager, letter, new byte[0]));
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 8);
        HttpResponse<String> tooLargeScan = office.send(upload(action + "/scan", manager, letter, tooLarge));
        HttpResponse<String> forged = office.send(upload(action + "/scan", manager, letter,
                "%PDF-1.4 forged".getBytes(StandardCharsets.US_ASCII), "not-the-token"));
        assertThat(notAScan.statusCode()).isEqualTo(422);
        assertThat(notAScan.body()).contains("id=\"scan-scan-error\"", "PDF, PNG or JPEG");
        assertThat(noFile.statusCode()).isEqualTo(422);
        assertThat(noFile.body()).contains("id=\"scan-scan-error\"", "Obligatoire.");
        assertThat(tooLargeScan.statusCode()).isEqualTo(422);
        assertThat(tooLargeScan.body()).contains("id=\"scan-scan-error\"", "larger than 5 MB");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);

        HttpResponse<String> scanned = office.send(upload(action + "/scan", manager, letter,
                "%PDF-1.4\n% the returned envelope\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(303);
        assertThat(scanned.headers().firstValue("Location")).hasValue(action + "?done=scan");
        HttpResponse<String> corrected = office.send(office.form(action + "/contact-details", manager, Map.of(
                "address.lines", "Dupont SARL\n8 avenue Foch", "address.postalCode", "69006", "address.city", "Lyon",
                "address.country", "FR", "customer.email", "compta@dupont.example", "customer.phone", "")));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(303);
        assertThat(office.send(office.page(action + "?done=contact-details").header("Cookie", manager)).body())
                .contains("Les coordonnées du client sont corrigées.",
                "8 avenue Foch");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).contains("letter-returned", "ADDRESSEE_UNKNOWN",
                "letter-scan-attached", "contact-details-corrected", "avenue Foch", "Marie Durand");
    }

    @Test
    void a_collector_and_an_auditor_see_none_of_these_forms_and_are_refused_if_they_post_one() {
        String grievance = openGrievance("BO-ROLES");
        String claim = openClaim("BO-ROLES-C");
        assertThat(app.postJson("/disputes/" + grievance + "/manager", "{\"manager\":\"marie\"}").statusCode())
                .isEqualTo(200);
        String collector = office.session("paul");
        String auditor = office.session("alice");
        String grievanceBefore = app.get("/disputes/" + grievance + "/timeline").body();
        String claimBefore = app.get("/disputes/" + claim + "/timeline").body();

        String grievancePage = office.send(office.page("/office/disputes/" + grievance).header("Cookie", collector)).body();
        String claimPage = office.send(office.page("/office/disputes/" + claim).header("Cookie", collector)).body();
        String list = office.send(office.page("/office/disputes").header("Cookie", collector)).body();
        assertThat(grievancePage).doesNotContain("contact-form", "withdrawal-form", "referral-form",
                "contact-details-form");
        assertThat(claimPage).contains("id=\"payment-form\"").doesNotContain("cancellation-form", "contact-details-form");
        assertThat(list).doesNotContain("/office/disputes/new/");
        for (String person : new String[] {collector, auditor}) {
            assertThat(office.send(office.form("/office/disputes/" + grievance + "/contact", person,
                    Map.of("on", LocalDate.now().toString(), "note", "hello"))).statusCode()).isEqualTo(403);
            assertThat(office.send(office.form("/office/disputes/" + grievance + "/withdrawal", person,
                    Map.of("reason", "hello"))).statusCode()).isEqualTo(403);
            assertThat(office.send(office.form("/office/disputes/" + claim + "/cancellation", person,
                    Map.of("reason", "hello"))).statusCode()).isEqualTo(403);
            assertThat(office.send(office.form("/office/disputes/" + claim + "/contact-details", person, Map.of(
                    "address.lines", "1 rue Neuve", "address.postalCode", "75001", "address.city", "Paris",
                    "address.country", "FR"))).statusCode()).isEqualTo(403);
            assertThat(office.send(office.page("/office/disputes/new/claim").header("Cookie", person)).statusCode()).isEqualTo(403);
            Map<String, String> claimForm = new LinkedHashMap<>(customer("BO-ROLES-NEW"));
            claimForm.putAll(Map.of("invoice.number", "F-ROLES", "invoice.issueDate", "2026-01-05",
                    "invoice.dueDate", "2026-02-04", "invoice.amount", "100", "invoice.currency", "EUR"));
            assertThat(office.send(office.form("/office/disputes/new/claim", person, claimForm)).statusCode()).isEqualTo(403);
        }
        assertThat(app.get("/disputes/" + grievance + "/timeline").body()).isEqualTo(grievanceBefore);
        assertThat(app.get("/disputes/" + claim + "/timeline").body()).isEqualTo(claimBefore);
        assertThat(app.get("/disputes?customer=BO-ROLES-NEW").body()).doesNotContain("BO-ROLES-NEW");
    }

    // ---- a browser's requests ----

    private static Map<String, String> customer(String reference) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customer.reference", reference);
        fields.put("customer.name", "Bistrot du Port");
        fields.put("customer.kind", "BUSINESS");
        fields.put("customer.language", "FR");
        fields.put("customer.email", "");
        fields.put("customer.phone", "");
        fields.put("address.lines", "3 quai de la Fosse");
        fields.put("address.postalCode", "44000");
        fields.put("address.city", "Nantes");
        fields.put("address.country", "FR");
        return fields;
    }

    private String openClaim(String reference) {
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":"
                + RunningApp.business(reference) + ",\"invoice\":" + RunningApp.invoice("F-" + reference, "2026-01-31",
                "1200.00") + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return opened.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }

    private String openGrievance(String reference) {
        HttpResponse<String> opened = app.postJson("/disputes/grievances", "{\"customer\":" + RunningApp.business(reference)
                + ",\"cause\":\"NON_CONFORMING_ITEM\",\"description\":\"Pas la bonne couleur.\",\"complaintDate\":\""
                + LocalDate.now() + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return opened.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }

    private void escalateAndDispatch() {
        HttpResponse<String> run = app.postJson("/escalation/runs", "{\"date\":\"" + LocalDate.now() + "\"}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        HttpResponse<String> dispatched = app.postJson("/letters/dispatch", "{\"max\":50}");
        assertThat(dispatched.statusCode()).as(dispatched.body()).isEqualTo(200);
    }

    private HttpRequest.Builder upload(String path, String cookie, String letter, byte[] scan) {
        return upload(path, cookie, letter, scan, office.csrf(cookie));
    }

    /** A form that uploads a file, as a browser encodes it: the token first, then the letter, then the file. */
    private HttpRequest.Builder upload(String path, String cookie, String letter, byte[] scan, String token) {
        String boundary = "----FormBoundary7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String fields = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"letter\"\r\n\r\n" + letter + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"scan\"; filename=\""
                + (scan.length == 0 ? "" : "envelope.pdf") + "\"\r\nContent-Type: application/pdf\r\n\r\n";
        body.writeBytes(fields.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(scan);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").header("Origin", office.origin()).header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

}
