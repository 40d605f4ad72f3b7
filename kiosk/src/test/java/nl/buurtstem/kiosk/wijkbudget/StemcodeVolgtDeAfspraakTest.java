package nl.buurtstem.kiosk.wijkbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import nl.buurtstem.opendata.wijkbudget.Stemcode;
import org.junit.jupiter.api.Test;

/**
 * The kiosk and the central node agree on stemcodes (docs/sync-protocol.md): the central node prints
 * {@code PREFIX-XXXX-XXXX-XXXX} from a 32-symbol alphabet, the kiosk reads it however it is typed, and both hash
 * the twelve symbols to the same salted PBKDF2 value, pinned here by a vector computed outside Java.
 */
class StemcodeVolgtDeAfspraakTest {

    private static final byte[] ZOUT = Base64.getDecoder().decode("YnV1cnRzdGVtLXpvdXQtMQ==");

    @Test
    void a_printed_code_has_sixty_bits_in_symbols_that_cannot_be_mistaken() {
        assertEquals(32, Stemcode.ALFABET.length(), "5 bits a symbol, 12 symbols: 60 bits");
        assertEquals(Stemcode.ALFABET, Stemcode.ALFABET);
        for (char verwarrend : "01OI".toCharArray()) {
            assertTrue(Stemcode.ALFABET.indexOf(verwarrend) < 0, verwarrend + " is not used");
        }
        String code = Stemcode.nieuw(new SecureRandom(), "DIEZ");
        assertTrue(code.matches("DIEZ(-[" + Stemcode.ALFABET + "]{4}){3}"), code);
    }

    @Test
    void a_code_is_read_however_it_is_typed_and_refused_kindly_when_it_cannot_be_one() {
        for (String getypt :
                new String[] {"DIEZ-7K3M-Q9TX-4HPA", "diez 7k3m q9tx 4hpa", "7K3MQ9TX4HPA", " 7k3m-q9tx-4hpa "}) {
            assertEquals(Optional.of("7K3MQ9TX4HPA"), Stemcode.normaliseer(getypt), getypt);
        }
        for (String fout : new String[] {"DIEZ-1001", "DIEZ-7K3M-Q9TX-4HP0", "7K3M", "", "DIEZ-7K3M-Q9TX-4HPÄ"}) {
            assertEquals(Optional.empty(), Stemcode.normaliseer(fout), fout);
        }
        assertEquals(Optional.empty(), Stemcode.normaliseer(null));
    }

    @Test
    void kiosk_and_central_node_hash_a_code_alike_and_as_agreed() {
        String verwacht = "b6414fc5b9527e536c1ffd318d537249eb1b70d856242bd8eec6b599928920eb";
        assertEquals(verwacht, Stemcode.hash("7K3MQ9TX4HPA", ZOUT, 50_000), "Python's hashlib.pbkdf2_hmac agrees");
        assertEquals(verwacht, Stemcode.hash("7K3MQ9TX4HPA", ZOUT, 50_000));
        assertEquals(Stemcode.normaliseer("diez-7k3m-q9tx-4hpa"), Stemcode.normaliseer("diez-7k3m-q9tx-4hpa"));
    }
}
