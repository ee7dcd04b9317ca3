import sys; import os; HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..")); sys.path.insert(0, HERE)
from lib import Out, ACR
def dcase(tok, kind):
    if ACR.match(tok): return "cs"
    return "ci"
o = Out("RANK", dcase)
E = o.parse_entry
# concept keys: one key per rank concept; TNI (Indonesian) equivalents are merged into the
# English concept so that e.g. "Mayjen", "Major General", "Maj. Gen." share a key.
L = r"""
rk:general-of-the-army|grade=OF-10;system=tni,us;service=army|en: General of the Army; Five-Star General|id: Jenderal Besar; Jenderal Besar TNI{cap}; Jend. Besar{cap}
rk:field-marshal|grade=OF-10;system=uk,nato;service=army|en: Field Marshal; Field-Marshal|id: Marsekal Lapangan; Marsekal Medan
rk:fleet-admiral|grade=OF-10;system=tni,us,uk;service=navy|en: Fleet Admiral; Admiral of the Fleet|id: Laksamana Besar; Laksamana Besar TNI{cap}
rk:marshal-of-the-air-force|grade=OF-10;system=tni,uk;service=air|en: Marshal of the Air Force; Marshal of the Royal Air Force|id: Marsekal Besar; Marsekal Besar TNI{cap}
rk:general|grade=OF-9;system=tni,nato,us,uk;service=army|en: General{cap,amb}; Gen.{cap}; Gen{cap}; Four-Star General; four-star general|id: Jenderal{cap}; Jend.{cap}; Jend{cap}; Jenderal TNI{cap}; Jend. TNI{cap}; Jenderal Bintang Empat; Jenderal TNI (Purn.){cap}; Jenderal TNI (Purn){cap}; Jenderal (Purn.){cap}; Jenderal (Purn){cap}
rk:admiral|grade=OF-9;system=tni,nato,us,uk;service=navy|en: Admiral; Adm.; Adm{cap}; ADM{cs}|id: Laksamana{cap,amb}; Laks.{cap}; Laksamana TNI{cap}; Laksamana TNI (Purn.){cap}; Laksamana TNI (Purn){cap}
rk:air-chief-marshal|grade=OF-9;system=tni,uk,nato;service=air|en: Air Chief Marshal; Air Chief Marshall{v}|id: Marsekal{cap,amb}; Marsekal TNI{cap}; Marsekal TNI (Purn.){cap}; Marsekal TNI (Purn){cap}; Marsekal Udara
rk:lieutenant-general|grade=OF-8;system=tni,nato,us,uk;service=army|en: Lieutenant General; Lieutenant-General; Lt. Gen.{cap}; Lt.-Gen.{cap}; Lt Gen{cap}; Lt.Gen.{cap}; Lt-Gen{cap}; Lieut. Gen.{cap}; Lieut.-Gen.{cap}; LTG{cs}; LtGen{cs}; Three-Star General; three-star general|id: Letnan Jenderal; Letjen; Letjend; Letjen.; Letjen TNI{cap}; Letnan Jenderal TNI{cap}; Letjen TNI (Purn.){cap}; Letjen TNI (Purn){cap}; Letjen (Purn.){cap}; Letjen (Purn){cap}; Jenderal Bintang Tiga
rk:vice-admiral|grade=OF-8;system=tni,nato,us,uk;service=navy|en: Vice Admiral; Vice-Admiral; Vice Adm.{cap}; Vice-Adm.{cap}; VAdm.{cap}; VADM{cs}|id: Laksamana Madya; Laksdya; Laksdya TNI{cap}; Laksamana Madya TNI{cap}; Laksdya TNI (Purn.){cap}; Laksdya TNI (Purn){cap}; Wakil Laksamana{m}; Wakil Adm.{m}; Laksamana Wakil{m}; Wakil Laksamana.{m}
rk:air-marshal|grade=OF-8;system=tni,uk,nato;service=air|en: Air Marshal; Air Marshall{v}|id: Marsekal Madya; Marsdya; Marsdya TNI{cap}; Marsekal Madya TNI{cap}; Marsdya TNI (Purn.){cap}; Marsdya TNI (Purn){cap}
rk:major-general|grade=OF-7;system=tni,nato,us,uk;service=army|en: Major General; Major-General; Maj. Gen.{cap}; Maj.-Gen.{cap}; Maj Gen{cap}; Maj.Gen.{cap}; Maj-Gen{cap}; MajGen{cs}; Two-Star General; two-star general|id: Mayor Jenderal; Mayjen; Mayjend; Mayjen.; Mayjen TNI{cap}; Mayor Jenderal TNI{cap}; Mayjen TNI (Purn.){cap}; Mayjen TNI (Purn){cap}; Mayjen (Purn.){cap}; Mayjen (Purn){cap}; Jenderal Bintang Dua
rk:rear-admiral|grade=OF-7;system=tni,nato,us,uk;service=navy|en: Rear Admiral; Rear-Admiral; Rear Adm.{cap}; Rear-Adm.{cap}; RAdm.{cap}; RADM{cs}|id: Laksamana Muda; Laksda; Laksda TNI{cap}; Laksamana Muda TNI{cap}; Laksda TNI (Purn.){cap}; Laksda TNI (Purn){cap}; Laksamana Belakang{m}; Belakang Adm.{m}; Adm. Belakang{m}; Laksamana Belakang.{m}
rk:air-vice-marshal|grade=OF-7;system=tni,uk,nato;service=air|en: Air Vice-Marshal; Air Vice Marshal; AVM{cs}|id: Marsekal Muda; Marsda; Marsda TNI{cap}; Marsekal Muda TNI{cap}; Marsda TNI (Purn.){cap}; Marsda TNI (Purn){cap}; Wakil Marsekal Udara{m}
rk:brigadier-general|grade=OF-6;system=tni,nato,us;service=army|en: Brigadier General; Brigadier-General; Brig. Gen.{cap}; Brig.-Gen.{cap}; Brig Gen{cap}; Brig.Gen.{cap}; BrigGen{cs}; One-Star General; one-star general|id: Brigadir Jenderal; Brigjen; Brigjend; Brigjen.; Brigjen TNI{cap}; Brigadir Jenderal TNI{cap}; Brigjen TNI (Purn.){cap}; Brigjen TNI (Purn){cap}; Brigjen (Purn.){cap}; Brigjen (Purn){cap}; Jenderal Bintang Satu
rk:brigadier|grade=OF-6;system=uk,nato;service=army|en: Brigadier{cap,amb}; Brig.{cap}
rk:commodore|grade=OF-6;system=tni,uk,nato,us;service=navy|en: Commodore{cap}; Cdre.{cap}; Cdre{cap}; Rear Admiral (lower half)|id: Laksamana Pertama; Laksma; Laksma TNI{cap}; Laksamana Pertama TNI{cap}; Laksma TNI (Purn.){cap}; Komodor{cap}
rk:air-commodore|grade=OF-6;system=tni,uk,nato;service=air|en: Air Commodore; Air Cdre.{cap}|id: Marsekal Pertama; Marsma; Marsma TNI{cap}; Marsekal Pertama TNI{cap}; Marsma TNI (Purn.){cap}
rk:colonel|grade=OF-5;system=tni,nato,us,uk;service=any|en: Colonel; Col.{cap}; Col{cap}; COL{cs}; col.{m,ci}|id: Kolonel; Kol.; Kol{cap}; Kolonel (Purn.){cap}; Kolonel (Purn){cap}; Kol. (Purn.){cap}
rk:group-captain|grade=OF-5;system=uk;service=air|en: Group Captain; Gp. Capt.{cap}; Gp Capt{cap}
rk:lieutenant-colonel|grade=OF-4;system=tni,nato,us,uk;service=any|en: Lieutenant Colonel; Lieutenant-Colonel; Lt. Col.{cap}; Lt.-Col.{cap}; Lt Col{cap}; Lt.Col.{cap}; Lt-Col{cap}; Lieut. Col.{cap}; LTC{cs}; LtCol{cs}|id: Letnan Kolonel; Letkol; Letkol.{cap}; Letkol (Purn.){cap}; Letkol (Purn){cap}
rk:commander|grade=OF-4;system=nato,us,uk;service=navy|en: Commander{cap,amb}; Cmdr.{cap}; Cdr.{cap}; Cmdr{cap}; Cdr{cap}; CDR{cs}
rk:wing-commander|grade=OF-4;system=uk;service=air|en: Wing Commander; Wg. Cdr.{cap}; Wg Cdr{cap}
rk:major|grade=OF-3;system=tni,nato,us,uk;service=any|en: Major{cap,amb}; Maj.{cap}; Maj{cap}; MAJ{cs}; maj.{m,ci}|id: Mayor{cap,amb}; Mayor (Purn.){cap}; Mayor (Purn){cap}
rk:lieutenant-commander|grade=OF-3;system=nato,us,uk;service=navy|en: Lieutenant Commander; Lieutenant-Commander; Lt. Cmdr.{cap}; Lt. Cdr.{cap}; Lt Cdr{cap}; Lt Cmdr{cap}; Lt.Cmdr.{cap}; LCDR{cs}|id: Letnan Komandan{m}; Letnan. Komandan.{m}; Komandan Letnan{m}
rk:squadron-leader|grade=OF-3;system=uk;service=air|en: Squadron Leader; Sqn. Ldr.{cap}; Sqn Ldr{cap}
rk:captain|grade=OF-2;navy_grade=OF-5;system=tni,nato,us,uk;service=any|en: Captain{cap,amb}; Capt.{cap}; Capt{cap}; Cpt.{cap}; CPT{cs}; capt.{m,ci}|id: Kapten{cap,amb}; Kapt.{cap}; Kapt{cap}; Kapten (Purn.){cap}
rk:flight-lieutenant|grade=OF-2;system=uk;service=air|en: Flight Lieutenant; Flt. Lt.{cap}; Flt Lt{cap}
rk:lieutenant|grade=OF-1;system=tni,nato,us,uk;service=any|en: Lieutenant; Lt.{cap}; Lt{cap}; Lieut.{cap}; LT{cs}; lt.{m,ci}|id: Letnan
rk:first-lieutenant|grade=OF-1;system=tni,us;service=any|en: First Lieutenant; 1st Lieutenant; 1st Lt.{cap}; 1st Lt{cap}; 1Lt{cs}; 1LT{cs}|id: Letnan Satu; Lettu; Lettu.{cap}; Letnan I{cap}; Letnan 1{cap}
rk:second-lieutenant|grade=OF-1;system=tni,us,uk;service=any|en: Second Lieutenant; 2nd Lieutenant; 2nd Lt.{cap}; 2nd Lt{cap}; 2Lt{cs}; 2LT{cs}|id: Letnan Dua; Letda; Letda.{cap}; Letnan II{cap}; Letnan 2{cap}
rk:lieutenant-junior-grade|grade=OF-1;system=us;service=navy|en: Lieutenant Junior Grade; Lieutenant (junior grade); Lt. j.g.{cap}; Lt. (j.g.){cap}; LTJG{cs}
rk:ensign|grade=OF-1;system=us;service=navy|en: Ensign{cap,amb}; Ens.{cap}
rk:flying-officer|grade=OF-1;system=uk;service=air|en: Flying Officer; Fg. Off.{cap}
rk:pilot-officer|grade=OF-1;system=uk;service=air|en: Pilot Officer; Plt. Off.{cap}
rk:officer-cadet|grade=OF(D);system=tni,nato;service=any|en: Cadet{cap,amb}; Officer Cadet|id: Taruna{cap,amb}; Kadet{cap}; Taruna Akmil{cap}; Taruna Akpol{cap}; Kadet Taruna{cap}
rk:chief-warrant-officer|grade=OR-9;system=tni,us;service=any|en: Chief Warrant Officer; CWO{cs}|id: Pembantu Letnan Satu; Peltu; Peltu.{cap}
rk:warrant-officer|grade=OR-9;system=tni,us,uk;service=any|en: Warrant Officer; WO{cs}; Warrant Officer Class 1; Warrant Officer Class 2|id: Pembantu Letnan Dua; Pelda; Pelda.{cap}; Pembantu Letnan
rk:sergeant-major|grade=OR-9;system=tni,us,uk;service=any|en: Sergeant Major; Sergeant-Major; Sgt. Maj.{cap}; Sgt Maj{cap}; SGM{cs}; Sersan. Mayor.{m,ci}; Mayor. Sersan.{m,ci}|id: Sersan Mayor; Serma; Serma.{cap}
rk:command-sergeant-major|grade=OR-9;system=us;service=army|en: Command Sergeant Major; Command Sgt. Maj.{cap}; CSM{cs}
rk:sergeant-major-of-the-army|grade=OR-9;system=us;service=army|en: Sergeant Major of the Army
rk:master-sergeant|grade=OR-8;system=tni,us;service=any|en: Master Sergeant; Master Sgt.{cap}; MSgt{cs}|id: Sersan Kepala; Serka; Serka.{cap}
rk:first-sergeant|grade=OR-8;system=us;service=army|en: First Sergeant; 1st Sergeant; 1st Sgt.{cap}; 1SG{cs}
rk:sergeant-first-class|grade=OR-7;system=tni,us;service=any|en: Sergeant First Class; Sgt. 1st Class{cap}; Sgt. First Class{cap}; SFC{cs}|id: Sersan Satu; Sertu; Sertu.{cap}
rk:staff-sergeant|grade=OR-6;system=us,uk;service=any|en: Staff Sergeant; Staff Sgt.{cap}; Staff Sgt{cap}; S/Sgt.{cap}; SSgt{cs}; SSG{cs}|id: Sersan Staf{m}; Staf Sersan{m}; Staf Sersan.{m}
rk:technical-sergeant|grade=OR-6;system=us;service=air|en: Technical Sergeant; Tech. Sgt.{cap}; TSgt{cs}
rk:sergeant|grade=OR-5;system=tni,nato,us,uk;service=any|en: Sergeant; Sgt.; Sgt{cap}; SGT{cs}|id: Sersan Dua; Serda; Serda.{cap}; Sersan
rk:master-corporal|grade=OR-4;system=tni;service=any|en: Master Corporal; Chief Corporal|id: Kopral Kepala; Kopka; Kopka.{cap}
rk:corporal-first-class|grade=OR-4;system=tni;service=any|en: Corporal First Class; First Corporal|id: Kopral Satu; Koptu; Koptu.{cap}
rk:corporal|grade=OR-4;system=tni,nato,us,uk;service=any|en: Corporal; Cpl.{cap}; Cpl{cap}; CPL{cs}; Second Corporal|id: Kopral Dua; Kopda; Kopda.{cap}; Kopral
rk:lance-corporal|grade=OR-3;system=uk,us;service=any|en: Lance Corporal; Lance Cpl.{cap}; L/Cpl.{cap}; LCpl{cs}
rk:specialist|grade=OR-4;system=us;service=army|en: Specialist{cap,amb}; Spc.{cap}; Army Specialist
rk:chief-private|grade=OR-3;system=tni;service=any|en: Chief Private; Master Private|id: Prajurit Kepala; Praka; Praka.{cap}
rk:private-first-class|grade=OR-2;system=tni,us;service=any|en: Private First Class; Pfc.{cap}; PFC{cs}; Pvt. 1st Class{cap}; First Private|id: Prajurit Satu; Pratu; Pratu.{cap}
rk:private|grade=OR-1;system=tni,nato,us,uk;service=any|en: Private{cap,amb}; Pvt.{cap}; Pte.{cap}; Pvt{cap}; Second Private|id: Prajurit Dua; Prada; Prada.{cap}
rk:master-chief-petty-officer|grade=OR-9;system=us;service=navy|en: Master Chief Petty Officer; Master Chief{cap}; MCPO{cs}
rk:senior-chief-petty-officer|grade=OR-8;system=us;service=navy|en: Senior Chief Petty Officer; SCPO{cs}
rk:chief-petty-officer|grade=OR-7;system=us,uk;service=navy|en: Chief Petty Officer; CPO{cs}
rk:petty-officer|grade=OR-5;system=us,uk,nato;service=navy|en: Petty Officer; Petty Officer First Class; Petty Officer Second Class; Petty Officer Third Class; PO1{cs}; PO2{cs}; PO3{cs}
rk:leading-seaman|grade=OR-3;system=tni,uk;service=navy|en: Leading Seaman|id: Kelasi Kepala; Klk{cap}
rk:able-seaman|grade=OR-2;system=tni,uk;service=navy|en: Able Seaman|id: Kelasi Satu; Kls{cap}
rk:seaman|grade=OR-1;system=tni,us,uk;service=navy|en: Seaman{cap,amb}; Seaman Apprentice; Seaman Recruit|id: Kelasi Dua; Kld{cap}; Kelasi
rk:senior-airman|grade=OR-4;system=us;service=air|en: Senior Airman; SrA{cs}
rk:airman-first-class|grade=OR-3;system=us;service=air|en: Airman First Class; Airman 1st Class; A1C{cs}
rk:airman|grade=OR-2;system=us;service=air|en: Airman{cap,amb}; Airman Basic
rk:polri-jenderal|grade=OF-9;system=polri;service=police|en: Police General|id: Jenderal Polisi; Jenderal Pol.{cap}; Jenderal Pol{cap}; Jend. Pol.{cap}; Jend Pol{cap}; Jenderal Polisi (Purn.){cap}; Jenderal Pol. (Purn.){cap}; Jenderal Pol (Purn){cap}
rk:polri-komjen|grade=OF-8;system=polri;service=police|en: Police Commissioner General; Commissioner General of Police|id: Komisaris Jenderal Polisi; Komjen; Komjen Pol.{cap}; Komjen Pol{cap}; Komjen Polisi{cap}; Komisaris Jenderal; Komjend; Komjen (Purn.){cap}; Komjen Pol. (Purn.){cap}; Komjen Pol (Purn){cap}
rk:polri-irjen|grade=OF-7;system=polri;service=police|en: Inspector General of Police; Police Inspector General|id: Inspektur Jenderal Polisi; Inspektur Jenderal{cap}; Irjen; Irjen Pol.{cap}; Irjen Pol{cap}; Irjen Polisi{cap}; Irjend; Irjen (Purn.){cap}; Irjen Pol. (Purn.){cap}; Irjen Pol (Purn){cap}
rk:polri-brigjen|grade=OF-6;system=polri;service=police|en: Police Brigadier General; Brigadier General of Police|id: Brigadir Jenderal Polisi; Brigjen Pol.{cap}; Brigjen Pol{cap}; Brigjen Polisi{cap}; Brigjend Pol{cap}; Brigjen Pol. (Purn.){cap}; Brigjen Pol (Purn){cap}
rk:polri-kombes|grade=OF-5;system=polri;service=police|en: Police Senior Commissioner; Senior Commissioner of Police; Police Grand Commissioner|id: Komisaris Besar Polisi; Kombes; Kombes Pol.{cap}; Kombes Pol{cap}; Kombes Polisi{cap}; Kombespol; Kombes.{cap}; Komisaris Besar; Kombes Pol. (Purn.){cap}; Kombes (Purn.){cap}
rk:polri-akbp|grade=OF-4;system=polri;service=police|en: Police Adjunct Senior Commissioner; Adjunct Senior Commissioner of Police|id: Ajun Komisaris Besar Polisi; AKBP{cs}; Ajun Komisaris Besar; AKBP (Purn.){cs}; AKBP (Purn){cs}
rk:polri-kompol|grade=OF-3;system=polri;service=police|en: Police Commissioner|id: Komisaris Polisi; Kompol; Kompol.{cap}; Kompol (Purn.){cap}
rk:polri-akp|grade=OF-2;system=polri;service=police|en: Police Adjunct Commissioner; Adjunct Commissioner of Police|id: Ajun Komisaris Polisi; AKP{cs}; Ajun Komisaris
rk:polri-iptu|grade=OF-1;system=polri;service=police|en: Police First Inspector|id: Inspektur Polisi Satu; Iptu; Iptu.{cap}; Inspektur Satu; Inspektur Polisi I{cap}
rk:polri-ipda|grade=OF-1;system=polri;service=police|en: Police Second Inspector|id: Inspektur Polisi Dua; Ipda; Ipda.{cap}; Inspektur Dua; Inspektur Polisi II{cap}
rk:polri-aiptu|grade=OR-8;system=polri;service=police|en: Police Adjunct First Inspector|id: Ajun Inspektur Polisi Satu; Aiptu; Aiptu.{cap}; Ajun Inspektur Satu
rk:polri-aipda|grade=OR-8;system=polri;service=police|en: Police Adjunct Second Inspector|id: Ajun Inspektur Polisi Dua; Aipda; Aipda.{cap}; Ajun Inspektur Dua
rk:polri-bripka|grade=OR-7;system=polri;service=police|en: Police Chief Brigadier|id: Brigadir Polisi Kepala; Bripka; Bripka.{cap}; Brigadir Kepala
rk:polri-brigpol|grade=OR-6;system=polri;service=police|en: Police Brigadier|id: Brigadir Polisi; Brigpol; Brigadir{cap,amb}; Brigadir Pol.{cap}; Brigadir Pol{cap}; Brigpol.{cap}
rk:polri-briptu|grade=OR-5;system=polri;service=police|en: Police First Brigadier|id: Brigadir Polisi Satu; Briptu; Briptu.{cap}; Brigadir Satu
rk:polri-bripda|grade=OR-5;system=polri;service=police|en: Police Second Brigadier|id: Brigadir Polisi Dua; Bripda; Bripda.{cap}; Brigadir Dua
rk:polri-abrip|grade=OR-4;system=polri;service=police|en: Police Adjunct Brigadier|id: Ajun Brigadir Polisi; Abrip
rk:polri-abriptu|grade=OR-4;system=polri;service=police|en: Police First Adjunct Brigadier|id: Ajun Brigadir Polisi Satu; Abriptu
rk:polri-abripda|grade=OR-3;system=polri;service=police|en: Police Second Adjunct Brigadier|id: Ajun Brigadir Polisi Dua; Abripda
rk:polri-bharaka|grade=OR-3;system=polri;service=police|en: Police Chief Bhayangkara|id: Bhayangkara Kepala; Bharaka
rk:polri-bharatu|grade=OR-2;system=polri;service=police|en: Police First Bhayangkara|id: Bhayangkara Satu; Bharatu
rk:polri-bharada|grade=OR-1;system=polri;service=police|en: Police Second Bhayangkara|id: Bhayangkara Dua; Bharada; Bharada.{cap}
rk:en-police-constable|grade=OR-1;system=uk;service=police|en: Police Constable; Constable{cap,amb}; PC{cs,amb}
rk:en-police-sergeant|grade=OR-5;system=uk;service=police|en: Police Sergeant
rk:en-detective|grade=OR-1;system=uk,us;service=police|en: Detective{cap,amb}; Det.{cap}; Detective Constable
rk:en-detective-sergeant|grade=OR-5;system=uk,us;service=police|en: Detective Sergeant; Det. Sgt.{cap}
rk:en-inspector|grade=OF-1;system=uk;service=police|en: Inspector{cap,amb}; Police Inspector; Insp.{cap}
rk:en-detective-inspector|grade=OF-1;system=uk;service=police|en: Detective Inspector; Det. Insp.{cap}
rk:en-chief-inspector|grade=OF-2;system=uk;service=police|en: Chief Inspector; Detective Chief Inspector; Det. Chief Insp.{cap}
rk:en-superintendent|grade=OF-3;system=uk;service=police|en: Superintendent{cap,amb}; Supt.{cap}; Detective Superintendent; Detective Chief Superintendent
rk:en-chief-superintendent|grade=OF-4;system=uk;service=police|en: Chief Superintendent; Chief Supt.{cap}
"""
for line in L.strip().splitlines():
    if line.strip() and not line.startswith("#"): E(line)

# TNI service/corps markers after middle & junior officer ranks
AD = ["Inf", "Kav", "Arm", "Arh", "Czi", "Chb", "Cpn", "Cpm", "Ckm", "Cpl", "Cba", "Caj", "Chk", "Cku", "Ctp"]
AU = ["Pnb", "Nav", "Tek", "Lek", "Kal", "Adm", "Pas", "Sus", "Kes"]
AL = ["Laut", "Marinir", "Mar", "Laut (P)", "Laut (T)", "Laut (E)", "Laut (S)", "Laut (K)", "Laut (KH)"]
base = {"rk:colonel": ["Kolonel", "Kol.", "Kol"], "rk:lieutenant-colonel": ["Letkol"], "rk:major": ["Mayor"],
        "rk:captain": ["Kapten"], "rk:first-lieutenant": ["Lettu"], "rk:second-lieutenant": ["Letda"]}
attrs_of = {r[0]: r[6].replace(";amb=1", "") for r in o.rows}
for key, forms in base.items():
    for f in forms:
        for c in AD + AU + AL:
            if f == "Kol" and "(" in c: continue
            o.add(key, "id", "variant", "cap", f"{f} {c}", attrs_of[key])
# full forms for senior ones
for key, f in [("rk:lieutenant-colonel", "Letnan Kolonel"), ("rk:colonel", "Kolonel"), ("rk:major", "Mayor"), ("rk:captain", "Kapten")]:
    for c in ["Laut", "Marinir", "Pnb", "Inf", "Kav", "Arm", "Czi", "Cpm", "Ckm", "Chk", "Caj", "Cku"]:
        o.add(key, "id", "variant", "cap", f"{f} {c}", attrs_of[key])
for key, f in [("rk:lieutenant-colonel", "Letnan Kolonel"), ("rk:colonel", "Kolonel")]:
    pass

# machine-translation artefacts of English abbreviated ranks (each word translated, period kept, either order)
MT = {
    "rk:major-general": (["Mayor"], ["Jenderal"]),
    "rk:lieutenant-general": (["Letnan"], ["Jenderal"]),
    "rk:brigadier-general": (["Brigadir"], ["Jenderal"]),
    "rk:lieutenant-colonel": (["Letnan"], ["Kol", "Kolonel"]),
}
proper = {r[5].lower() for r in o.rows}
for key, (A, B) in MT.items():
    for a in A:
        for b in B:
            for s in [f"{a}. {b}.", f"{b}. {a}.", f"{a} {b}.", f"{b} {a}.", f"{a}. {b}", f"{b}. {a}", f"{b} {a}"]:
                if s.lower() in proper: continue
                if a == "Lt" and "." not in s.split()[0] and s.split()[0] == "Lt": continue
                o.add(key, "id", "mt", "ci", s, attrs_of[key])
# single-word abbreviations as they come out of MT, lower-cased
for key, forms in {"rk:admiral": ["adm.", "Laksamana."], "rk:general": ["Jenderal.", "jend."], "rk:colonel": ["kol.", "Kolonel."], "rk:lieutenant": ["Letnan."],
                   "rk:captain": ["Kapten."], "rk:sergeant": ["Sersan.", "sgt."], "rk:corporal": ["Kopral."]}.items():
    for f in forms:
        o.add(key, "id", "mt", "ci", f, attrs_of[key])

o.rows = [(r[0], r[1], "id" if r[3] == "mt" else r[2]) + r[3:] for r in o.rows]
n = o.write(os.path.join(ROOT, "data", "ranks.tsv"), """Military and police ranks (TNI, Polri, NATO/US/UK). Hand-curated for warta; MIT OR Apache-2.0. See data/CURATED.md.
One key per rank concept; TNI ranks are merged into their English equivalent (Mayjen = Major General), Polri ranks have their own keys.
attrs: grade = NATO STANAG 2116 code (approximate for TNI/Polri NCOs); system = comma list; navy_grade where the same English word differs at sea.""")
print("ranks rows, entries:", n)
