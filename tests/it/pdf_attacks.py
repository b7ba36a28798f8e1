"""Builds signed and altered copies of a PDF for the verify tests (run with the validators' venv).

    keys DIR                          a throwaway root CA, TSA and two signers in DIR
    sign IN OUT KEYDIR WHO FIELD [--box page/x1,y1,x2,y2] [--tsa]
    alter IN OUT ATTACK PAGE          ATTACK: paintover, annotation, removepage, javascript,
                                      randombytes, concatenate
    dss IN OUT KEYDIR WHO CRL         appends a DSS holding a CRL about WHO's certificate (pyHanko's
                                      DocumentSecurityStore): CRL is `revoked` (the root revokes it),
                                      `good` (the root revokes another serial) or `forged` (revokes it,
                                      names the root as issuer, signed by another key); or an OCSP
                                      response: `ocsp-revoked`, `ocsp-good` (the root signs),
                                      `ocsp-forged` (another key, an uncertified responder)
Every alteration is a well-formed incremental update (pyHanko's writer) unless the attack is
bytes that are not one.
"""

import datetime
import io
import random
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


def name(cn, org):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)])


def cert(subject, key, issuer, issuer_key, ca=False, eku=None, days=3650):
    now = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
    b = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if eku:
        b = b.add_extension(x509.ExtendedKeyUsage(eku), critical=True)
    if not ca:
        b = b.add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
    return b.sign(issuer_key, hashes.SHA256())


def write(dirp, stem, key, crt):
    (dirp / f"{stem}.key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    (dirp / f"{stem}.pem").write_bytes(crt.public_bytes(serialization.Encoding.PEM))


def keys(dirp):
    dirp = Path(dirp)
    dirp.mkdir(parents=True, exist_ok=True)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = name("Root CA Uji", "Balai Sertifikasi Uji")
    root = cert(root_name, root_key, root_name, root_key, ca=True)
    write(dirp, "root", root_key, root)
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa = cert(name("TSA Uji", "Balai Sertifikasi Uji"), tsa_key, root_name, root_key, eku=[ExtendedKeyUsageOID.TIME_STAMPING])
    write(dirp, "tsa", tsa_key, tsa)
    a_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    a = cert(name("Ir. BUDIYANTO", "Dinas Perdagangan Kota Pekalongan"), a_key, root_name, root_key)
    write(dirp, "kepala", a_key, a)
    b_key = ec.generate_private_key(ec.SECP256R1())
    b = cert(name("Sekretaris Uji", "Dinas Perdagangan Kota Pekalongan"), b_key, root_name, root_key)
    write(dirp, "sekretaris", b_key, b)
    # a root nobody trusts, for the negative trust case
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    other_name = name("Root Lain", "Entah Siapa")
    write(dirp, "other-root", other_key, cert(other_name, other_key, other_name, other_key, ca=True))


def sign(src, dst, keydir, who, field, box=None, tsa=False):
    from pyhanko.sign import fields, signers, timestamps
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.keys import load_cert_from_pemder, load_private_key_from_pemder

    keydir = Path(keydir)
    signer = signers.SimpleSigner.load(
        str(keydir / f"{who}.key.pem"), str(keydir / f"{who}.pem"), ca_chain_files=(str(keydir / "root.pem"),)
    )
    spec = None
    if box:
        page, rect = box.split("/")[:2]
        spec = fields.SigFieldSpec(field, on_page=int(page) - 1, box=tuple(int(float(v)) for v in rect.split(",")))
    else:
        spec = fields.SigFieldSpec(field)
    stamper = None
    if tsa:
        stamper = timestamps.DummyTimeStamper(
            tsa_cert=load_cert_from_pemder(str(keydir / "tsa.pem")),
            tsa_key=load_private_key_from_pemder(str(keydir / "tsa.key.pem"), passphrase=None),
        )
    with open(src, "rb") as f:
        w = IncrementalPdfFileWriter(f, strict=False)
        out = io.BytesIO()
        pdf_signer = signers.PdfSigner(
            signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES),
            signer=signer,
            timestamper=stamper,
            new_field_spec=spec,
        )
        pdf_signer.sign_pdf(w, output=out)
    Path(dst).write_bytes(out.getvalue())


def alter(src, dst, attack, page):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    data = Path(src).read_bytes()
    if attack == "randombytes":
        rnd = random.Random(7).randbytes(12).replace(b"%", b"x")
        Path(dst).write_bytes(data + rnd)
        return
    if attack == "concatenate":
        import pikepdf

        other = pikepdf.new()
        other.add_blank_page()
        buf = io.BytesIO()
        other.save(buf)
        Path(dst).write_bytes(data + buf.getvalue())
        return
    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    page_ref = w.find_page_for_modification(page - 1)[0]
    if attack == "paintover":
        # a white box over the page and new figures printed on it
        ops = b"q 1 1 1 rg 0 0 600 850 re f Q BT /F1 12 Tf 100 400 Td (99.644.738.000) Tj ET"
        font = generic.DictionaryObject(
            {
                generic.pdf_name("/Type"): generic.pdf_name("/Font"),
                generic.pdf_name("/Subtype"): generic.pdf_name("/Type1"),
                generic.pdf_name("/BaseFont"): generic.pdf_name("/Helvetica"),
            }
        )
        res = generic.DictionaryObject(
            {generic.pdf_name("/Font"): generic.DictionaryObject({generic.pdf_name("/F1"): w.add_object(font)})}
        )
        w.add_stream_to_page(page - 1, w.add_object(generic.StreamObject(stream_data=ops)), resources=res)
    elif attack == "annotation":
        annot = generic.DictionaryObject(
            {
                generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
                generic.pdf_name("/Subtype"): generic.pdf_name("/FreeText"),
                generic.pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (50, 300, 550, 600)]),
                generic.pdf_name("/Contents"): generic.TextStringObject("99.644.738.000"),
                generic.pdf_name("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
            }
        )
        w.register_annotation(page_ref, w.add_object(annot))
    elif attack == "removepage":
        pages = w.root["/Pages"]
        kids = pages["/Kids"]
        del kids[len(kids) - 1]
        pages["/Count"] = generic.NumberObject(pages["/Count"] - 1)
        w.update_container(pages)
    elif attack == "javascript":
        w.root["/OpenAction"] = generic.DictionaryObject(
            {
                generic.pdf_name("/S"): generic.pdf_name("/JavaScript"),
                generic.pdf_name("/JS"): generic.TextStringObject("app.alert('lkjip')"),
            }
        )
        w.update_root()
    else:
        sys.exit(f"unknown attack {attack}")
    out = io.BytesIO()
    w.write(out)
    Path(dst).write_bytes(out.getvalue())


def dss(src, dst, keydir, who, kind):
    from asn1crypto import crl as asn1_crl
    from asn1crypto import ocsp as asn1_ocsp
    from cryptography.x509 import ocsp
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    keydir = Path(keydir)
    load_key = lambda stem: serialization.load_pem_private_key((keydir / f"{stem}.key.pem").read_bytes(), None)
    load_cert = lambda stem: x509.load_pem_x509_certificate((keydir / f"{stem}.pem").read_bytes())
    root, signer = load_cert("root"), load_cert(who)
    when = datetime.datetime(2025, 6, 1, tzinfo=datetime.timezone.utc)
    crls, ocsps = [], []
    if kind.startswith("ocsp-"):
        status = ocsp.OCSPCertStatus.REVOKED if kind == "ocsp-revoked" else ocsp.OCSPCertStatus.GOOD
        # the forged one: signed by the other root's key, naming it as responder (the root did not certify it)
        forged = kind == "ocsp-forged"
        responder, key = (load_cert("other-root"), load_key("other-root")) if forged else (root, load_key("root"))
        b = ocsp.OCSPResponseBuilder().add_response(
            cert=signer,
            issuer=root,
            algorithm=hashes.SHA1(),
            cert_status=status,
            this_update=when,
            next_update=when + datetime.timedelta(days=3650),
            revocation_time=when if status == ocsp.OCSPCertStatus.REVOKED else None,
            revocation_reason=None,
        ).responder_id(ocsp.OCSPResponderEncoding.HASH, responder)
        if forged:
            b = b.certificates([responder])
        der = b.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
        ocsps.append(asn1_ocsp.OCSPResponse.load(der))
    else:
        key = load_key("other-root" if kind == "forged" else "root")
        serial = signer.serial_number if kind != "good" else signer.serial_number + 1
        revoked = x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when).build()
        crl = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(root.subject)
            .last_update(when)
            .next_update(when + datetime.timedelta(days=3650))
            .add_revoked_certificate(revoked)
            .sign(key, hashes.SHA256())
        )
        crls.append(asn1_crl.CertificateList.load(crl.public_bytes(serialization.Encoding.DER)))
    buf = io.BytesIO(Path(src).read_bytes())
    DocumentSecurityStore.add_dss(buf, None, crls=crls, ocsps=ocsps, force_write=True, strict=False)
    Path(dst).write_bytes(buf.getvalue())

if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "keys":
        keys(args[0])
    elif cmd == "sign":
        box = args[args.index("--box") + 1] if "--box" in args else None
        sign(*args[:5], box=box, tsa="--tsa" in args)
    elif cmd == "dss":
        dss(*args[:5])
    elif cmd == "alter":
        alter(args[0], args[1], args[2], int(args[3]))
    else:
        sys.exit(f"unknown command {cmd}")
